using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Runtime.Hooks;
using ConsultEngine.Runtime.Interpreter;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Migration;
using ConsultEngine.Runtime.Reliability;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Json.Schema;

namespace ConsultEngine.Runtime;

/// <summary>What a person (or a tool) submits to complete a waiting step.</summary>
public sealed record StepCompletion(string Actor, string? Outcome = null, JsonNode? Output = null);

/// <summary>
/// The engine's commands. Each one loads what it needs, advances the instance in memory and
/// commits everything it changed in one atomic store transaction; nothing is half-done.
/// </summary>
public sealed partial class ProcessEngine(IInstanceStore store, IDefinitionCatalog definitions, IStepTypeRegistry stepTypes, IRuleRunner rules, TimeProvider clock)
{
    private readonly IReadOnlyList<IAdvanceHook> _hooks = [];

    /// <summary>An engine whose advances that complete steps pass through the host's <paramref name="hooks"/> before they commit.</summary>
    public ProcessEngine(IInstanceStore store, IDefinitionCatalog definitions, IStepTypeRegistry stepTypes, IRuleRunner rules, TimeProvider clock, IEnumerable<IAdvanceHook> hooks)
        : this(store, definitions, stepTypes, rules, clock)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        _hooks = [.. hooks];
    }

    /// <summary>An engine that also seals its journal entries with the installation key (HMAC-SHA256) rather than plain SHA-256.</summary>
    public ProcessEngine(IInstanceStore store, IDefinitionCatalog definitions, IStepTypeRegistry stepTypes, IRuleRunner rules, TimeProvider clock, IEnumerable<IAdvanceHook> hooks, JournalKey journalKey)
        : this(store, definitions, stepTypes, rules, clock, hooks)
    {
        ArgumentNullException.ThrowIfNull(journalKey);
        _journalKey = journalKey;
    }

    private readonly JournalKey? _journalKey;

    private static readonly ConditionalWeakTable<ProcessDefinition, IReadOnlyList<Definitions.Diagnostics.Diagnostic>> Checked = new();

    /// <summary>The engine's store, for the engine's own services. Hosts read through <see cref="Queries.IConsultationQueries"/>.</summary>
    public IInstanceStore Store => store;

    /// <summary>Starts a consultation on a published definition version; <paramref name="startedBy"/> is recorded in the journal.</summary>
    public async Task<InstanceRecord> StartAsync(string definitionId, int version, JsonObject? variables = null, string? title = null, string? startedBy = null, CancellationToken cancellationToken = default)
    {
        var definition = Definition(definitionId, version);
        if (definitions is IDefinitionStartPolicy policy && policy.IsRetired(definitionId, version))
        {
            throw new InstanceCommandException(RuntimeCodes.DefinitionRetired, Guid.Empty, null,
                $"The definition {definitionId}@{version} is retired: instances running on it go on, new ones cannot start on it.");
        }

        var errors = Checked.GetValue(definition, d => [.. new DefinitionValidator(stepTypes).Validate(d).Where(x => x.IsError)]);
        if (errors.Count > 0)
        {
            throw new InstanceCommandException(RuntimeCodes.DefinitionInvalid, Guid.Empty, null,
                $"The definition {definitionId}@{version} is not valid and cannot run.", [.. errors.Select(e => new ToolProblem(e.Code, e.Path, e.Message))]);
        }

        var now = clock.GetUtcNow();
        var instance = new InstanceRecord
        {
            Id = Guid.CreateVersion7(now),
            DefinitionId = definitionId,
            DefinitionVersion = version,
            Title = title,
            Status = InstanceStatus.Running,
            VariablesJson = InitialVariables(definition, variables),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var tx = new InstanceTransaction(_journalKey, instance, 0, store, now);
        await Interpreter(definition, tx).StartAsync(startedBy ?? FlowInterpreter.EngineActor, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
    }

    public async Task<InstanceRecord> CompleteStepAsync(Guid instanceId, string stepId, StepCompletion completion, long? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var (instance, definition) = await LoadRunningAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var process = CompiledProcess.For(definition, stepTypes);
        if (!process.Steps.TryGetValue(stepId, out var step))
        {
            throw new InstanceCommandException(RuntimeCodes.StepNotFound, instanceId, stepId, $"The definition has no step '{stepId}'.");
        }

        var tx = new InstanceTransaction(_journalKey, instance, expectedRevision ?? instance.Revision, store, clock.GetUtcNow());
        var state = await tx.GetAsync(stepId, cancellationToken).ConfigureAwait(false);
        if (state.Status != StepStatus.Waiting || (step.Kind == StepKind.Automatic))
        {
            throw new InstanceCommandException(RuntimeCodes.StepNotWaiting, instanceId, stepId, $"The step '{stepId}' is {state.Status.ToString().ToLowerInvariant()}, not waiting for people.");
        }

        CheckOutcome(step, completion.Outcome, instanceId);
        var interpreter = new FlowInterpreter(process, tx, rules);
        await CheckOutputAsync(process, step, interpreter, completion.Output, instanceId, cancellationToken).ConfigureAwait(false);
        await interpreter.CompleteAsync(state, completion.Outcome, completion.Output?.ToJsonString(RuntimeJson.Options), completion.Actor, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fires the timers that are due: due dates raise escalations, waits end. Returns how many fired.</summary>
    public Task<int> FireDueTimersAsync(int max = 100, CancellationToken cancellationToken = default) =>
        FireDueTimersAsync(max, TimerClaimLease, cancellationToken);

    /// <summary>
    /// As <see cref="FireDueTimersAsync(int, CancellationToken)"/>, claiming the due timers for <paramref name="claimLease"/>
    /// on a store several nodes share (a host's <c>ConsultEngine:Cluster:TimerClaimLeaseSeconds</c>).
    /// </summary>
    public async Task<int> FireDueTimersAsync(int max, TimeSpan claimLease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(claimLease, TimeSpan.Zero);
        var fired = 0;
        var now = clock.GetUtcNow();

        // On a store shared by several nodes each node claims its own due timers, so that the nodes
        // do not all race for the same ones; the firing is exactly-once either way (see FireAsync).
        var due = store is ITimerClaims claims
            ? await claims.ClaimDueTimersAsync(now, claimLease, max, cancellationToken).ConfigureAwait(false)
            : await store.FindDueTimersAsync(now, max, cancellationToken).ConfigureAwait(false);
        foreach (var timer in due)
        {
            try
            {
                if (await FireAsync(timer, cancellationToken).ConfigureAwait(false))
                {
                    fired++;
                    Telemetry.EngineTelemetry.TimerFired(timer.DueAt, clock.GetUtcNow());
                }
            }
            catch (ConcurrencyConflictException)
            {
                // Another worker advanced the instance first; the timer is looked at again next round.
            }
            catch (Storage.StorageFullException)
            {
                // Not the timer's fault, and an incident could not be stored either: it stays due and
                // fires in a later round, once the database has room again.
                break;
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One timer's failure is its own: it becomes an incident and the others still fire.
                await TimerIsolation.RecordAsync(store, _journalKey, timer, error, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
        }

        return fired;
    }

    public Task<InstanceRecord> SuspendAsync(Guid instanceId, string actor, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(instanceId, InstanceStatus.Running, InstanceStatus.Suspended, JournalEvents.InstanceSuspended, actor, cancellationToken);

    public Task<InstanceRecord> ResumeAsync(Guid instanceId, string actor, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(instanceId, InstanceStatus.Suspended, InstanceStatus.Running, JournalEvents.InstanceResumed, actor, cancellationToken);

    public async Task<InstanceRecord> CancelAsync(Guid instanceId, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        var instance = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
        {
            throw new InstanceCommandException(RuntimeCodes.InstanceNotRunning, instanceId, null, $"The instance is already {instance.Status.ToString().ToLowerInvariant()}.");
        }

        var tx = new InstanceTransaction(_journalKey, instance, instance.Revision, store, clock.GetUtcNow());

        // Every open step, not only the bookmarked ones: a running `wait` has a timer but no bookmark.
        var open = (await store.LoadAllStepsAsync(instanceId, cancellationToken).ConfigureAwait(false))
            .Where(s => s.Status is StepStatus.Waiting or StepStatus.Active)
            .OrderBy(s => s.StepId, StringComparer.Ordinal);
        foreach (var state in open)
        {
            tx.Set(state with { Status = StepStatus.Cancelled, CompletedAt = tx.Now });
            tx.RemoveBookmark(state.StepId);
            await tx.RemoveTimersAsync(state.StepId, cancellationToken).ConfigureAwait(false);
            tx.Record(JournalEvents.StepCancelled, state.StepId, state.Iteration, actor);
        }

        tx.Instance = tx.Instance with { Status = InstanceStatus.Cancelled };
        tx.Record(JournalEvents.InstanceCancelled, actor: actor, data: new { reason });
        return await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a failed step again (after its rule was fixed by a migration, say) and resolves its incidents.</summary>
    public async Task<InstanceRecord> RetryStepAsync(Guid instanceId, string stepId, string actor, CancellationToken cancellationToken = default)
    {
        var (instance, definition) = await LoadRunningAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var tx = new InstanceTransaction(_journalKey, instance, instance.Revision, store, clock.GetUtcNow());
        var state = await tx.GetAsync(stepId, cancellationToken).ConfigureAwait(false);
        if (state.Status != StepStatus.Failed)
        {
            throw new InstanceCommandException(RuntimeCodes.StepNotWaiting, instanceId, stepId, $"The step '{stepId}' has not failed.");
        }

        foreach (var incident in (await store.ListIncidentsAsync(instanceId, cancellationToken).ConfigureAwait(false)).Where(i => i.StepId == stepId && i.ResolvedAt is null))
        {
            tx.Raise(incident with { ResolvedAt = tx.Now });
            tx.Record(JournalEvents.IncidentResolved, stepId, state.Iteration, actor, new { incident = incident.Id });
        }

        await Interpreter(definition, tx).RetryAsync(state, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves a running or suspended instance to another version of its definition. With
    /// <paramref name="dryRun"/> it only returns the plan. Completed steps are never run again.
    /// </summary>
    public async Task<MigrationPlan> MigrateAsync(Guid instanceId, int toVersion, IReadOnlyDictionary<string, string>? stepMap, string actor, bool dryRun, CancellationToken cancellationToken = default)
    {
        var instance = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
        {
            throw new InstanceCommandException(RuntimeCodes.InstanceNotRunning, instanceId, null, $"The instance is {instance.Status.ToString().ToLowerInvariant()}; only open instances migrate.");
        }

        var from = Definition(instance.DefinitionId, instance.DefinitionVersion);
        var to = Definition(instance.DefinitionId, toVersion);
        stepMap ??= new Dictionary<string, string>();
        var states = await store.LoadAllStepsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var plan = InstanceMigrator.Plan(instance, states, from, to, stepMap);
        if (dryRun)
        {
            return plan;
        }

        if (!plan.CanApply)
        {
            throw new InstanceCommandException(RuntimeCodes.MigrationStepUnknown, instanceId, null, "The migration cannot be applied.",
                [.. plan.Problems.Select(p => new ToolProblem(RuntimeCodes.MigrationStepUnknown, string.Empty, p))]);
        }

        var tx = new InstanceTransaction(_journalKey, instance, instance.Revision, store, clock.GetUtcNow());
        var target = CompiledProcess.For(to, stepTypes);
        await InstanceMigrator.ApplyAsync(plan, tx, target, states, stepMap, actor, cancellationToken).ConfigureAwait(false);
        if (tx.Instance.Status == InstanceStatus.Running)
        {
            await new FlowInterpreter(target, tx, rules).ContinueAsync(cancellationToken).ConfigureAwait(false);
        }

        await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
        return plan;
    }

    /// <summary>How long a claimed timer is left to the node that claimed it: far longer than one firing takes.</summary>
    internal static readonly TimeSpan TimerClaimLease = TimeSpan.FromMinutes(1);

    // Fires one timer; false when it is gone already (another node or worker fired it).
    private async Task<bool> FireAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        var instance = await FindAsync(timer.InstanceId, cancellationToken).ConfigureAwait(false);

        // Read after the instance: a timer still there was not yet removed by a commit the instance
        // read missed, so whoever fired it meanwhile changed the revision and this commit conflicts.
        // Without this look, a timer found before another node fired it would fire twice.
        if (!await StillPendingAsync(store, timer, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var tx = new InstanceTransaction(_journalKey, instance, instance.Revision, store, clock.GetUtcNow());
        tx.RemoveTimer(timer.Id);
        var state = await tx.GetAsync(timer.StepId, cancellationToken).ConfigureAwait(false);
        if (instance.Status == InstanceStatus.Running && state.Status == StepStatus.Waiting && state.Iteration == timer.Iteration)
        {
            var definition = Definition(instance.DefinitionId, instance.DefinitionVersion);
            tx.Record(JournalEvents.TimerElapsed, timer.StepId, timer.Iteration, FlowInterpreter.EngineActor, new { kind = timer.Kind.ToString().ToLowerInvariant(), due = timer.DueAt });
            if (timer.Kind == TimerKind.Wait)
            {
                await Interpreter(definition, tx).CompleteAsync(state, null, null, FlowInterpreter.EngineActor, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var step = definition.AllSteps().First(s => s.Id == timer.StepId);
                tx.Send("escalation", timer.StepId, new { instanceId = instance.Id, step = timer.StepId, role = step.Role, due = timer.DueAt });
                tx.Record(JournalEvents.EscalationRaised, timer.StepId, timer.Iteration, FlowInterpreter.EngineActor, new { role = step.Role, due = timer.DueAt });
            }
        }

        await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
        return true;
    }

    internal static async Task<bool> StillPendingAsync(IInstanceStore store, TimerRecord timer, CancellationToken cancellationToken) =>
        (await store.LoadTimersAsync(timer.InstanceId, timer.StepId, cancellationToken).ConfigureAwait(false)).Any(t => t.Id == timer.Id);

    private async Task<InstanceRecord> ChangeStatusAsync(Guid instanceId, InstanceStatus from, InstanceStatus to, string @event, string actor, CancellationToken cancellationToken)
    {
        var instance = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (instance.Status != from)
        {
            throw new InstanceCommandException(RuntimeCodes.InstanceNotRunning, instanceId, null, $"The instance is {instance.Status.ToString().ToLowerInvariant()}, not {from.ToString().ToLowerInvariant()}.");
        }

        var tx = new InstanceTransaction(_journalKey, instance with { Status = to }, instance.Revision, store, clock.GetUtcNow());
        tx.Record(@event, actor: actor);
        return await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InstanceRecord> CommitAsync(InstanceTransaction tx, CancellationToken cancellationToken)
    {
        using var span = Telemetry.EngineTelemetry.StartAdvance(tx);
        var afterCommit = await RunHooksAsync(tx, cancellationToken).ConfigureAwait(false);
        var changes = tx.ToChangeSet();
        await store.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        Telemetry.EngineTelemetry.Committed(tx);
        foreach (var work in afterCommit)
        {
            await work(cancellationToken).ConfigureAwait(false);
        }

        return changes.Instance;
    }

    // The hooks see the advance before it commits, so what they add (outbox messages, journal events)
    // commits with it or not at all, and a refusal they throw leaves nothing written.
    private async Task<IReadOnlyList<Func<CancellationToken, Task>>> RunHooksAsync(InstanceTransaction tx, CancellationToken cancellationToken)
    {
        if (_hooks.Count == 0 || tx.CompletedNow() is not { Count: > 0 } completed
            || definitions.Find(tx.Instance.DefinitionId, tx.Instance.DefinitionVersion) is not { } definition)
        {
            return [];
        }

        var advance = new AdvanceContext(tx, definition, completed);
        var after = new List<Func<CancellationToken, Task>>();
        foreach (var hook in _hooks)
        {
            if (await hook.BeforeCommitAsync(advance, cancellationToken).ConfigureAwait(false) is { } work)
            {
                after.Add(work);
            }
        }

        return after;
    }

    private async Task<InstanceRecord> FindAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
        ?? throw new InstanceCommandException(RuntimeCodes.InstanceNotFound, instanceId, null, $"There is no instance {instanceId}.");

    private async Task<(InstanceRecord Instance, ProcessDefinition Definition)> LoadRunningAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (instance.Status != InstanceStatus.Running)
        {
            throw new InstanceCommandException(RuntimeCodes.InstanceNotRunning, instanceId, null, $"The instance is {instance.Status.ToString().ToLowerInvariant()}.");
        }

        return (instance, Definition(instance.DefinitionId, instance.DefinitionVersion));
    }

    private ProcessDefinition Definition(string id, int version) =>
        definitions.Find(id, version) ?? throw new DefinitionNotAvailableException(id, version);

    private FlowInterpreter Interpreter(ProcessDefinition definition, InstanceTransaction tx) =>
        new(CompiledProcess.For(definition, stepTypes), tx, rules);

    private static void CheckOutcome(CompiledStep step, string? outcome, Guid instanceId)
    {
        var outcomes = step.Definition.Outcomes;
        if (outcomes.Count > 0 && outcome is null)
        {
            throw new InstanceCommandException(RuntimeCodes.OutcomeRequired, instanceId, step.Id,
                $"The step '{step.Id}' completes with one of: {string.Join(", ", outcomes.Select(o => o.Id))}.");
        }

        if (outcome is not null && outcomes.All(o => o.Id != outcome))
        {
            throw new InstanceCommandException(RuntimeCodes.UnknownOutcome, instanceId, step.Id,
                $"The step '{step.Id}' has no outcome '{outcome}'" + (outcomes.Count == 0 ? "." : $"; it has: {string.Join(", ", outcomes.Select(o => o.Id))}."));
        }
    }

    private async Task CheckOutputAsync(CompiledProcess process, CompiledStep step, FlowInterpreter interpreter, JsonNode? output, Guid instanceId, CancellationToken cancellationToken)
    {
        if (step.FormSchema is { } schema)
        {
            using var document = JsonDocument.Parse(output?.ToJsonString() ?? "null");
            var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                var problems = FormProblems.Of(result, step.FormSchemaSource, document.RootElement, RuntimeCodes.OutputInvalid);
                throw new InstanceCommandException(RuntimeCodes.OutputInvalid, instanceId, step.Id, $"The output of step '{step.Id}' does not match its form.", problems);
            }
        }

        if (step.Definition.Validate.Count > 0)
        {
            var scope = await interpreter.ScopeAsync(step, output, cancellationToken).ConfigureAwait(false);
            var failures = rules.RunChecks(process.Definition, step.Id, scope);
            if (failures.Count > 0)
            {
                throw new InstanceCommandException(RuntimeCodes.ChecksFailed, instanceId, step.Id, $"The output of step '{step.Id}' fails {failures.Count} check(s).",
                    [.. failures.Select(f => new ToolProblem(RuntimeCodes.ChecksFailed, string.Empty, f))]);
            }
        }
    }

    private static string InitialVariables(ProcessDefinition definition, JsonObject? given)
    {
        var variables = given?.DeepClone().AsObject() ?? [];
        var missing = new List<string>();
        foreach (var variable in definition.Variables)
        {
            if (variables.ContainsKey(variable.Id))
            {
                continue;
            }

            if (variable.Default is { } value)
            {
                variables[variable.Id] = JsonNode.Parse(value.GetRawText());
            }
            else if (variable.Required)
            {
                missing.Add(variable.Id);
            }
        }

        if (missing.Count > 0)
        {
            throw new InstanceCommandException(RuntimeCodes.VariablesInvalid, Guid.Empty, null, $"Required variables are missing: {string.Join(", ", missing)}.",
                [.. missing.Select(id => new ToolProblem(RuntimeCodes.VariablesInvalid, "/variables/" + id.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), $"The variable '{id}' is required."))]);
        }

        return variables.ToJsonString(RuntimeJson.Options);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Interpreter;

/// <summary>
/// Moves an instance forward inside one transaction: activates the steps whose predecessors are
/// done, evaluates guards, waits on people and timers, follows routes, completes phases. It only
/// touches the steps next to the one that changed, so its cost does not grow with the definition.
/// </summary>
internal sealed class FlowInterpreter(CompiledProcess process, InstanceTransaction tx, IRuleRunner rules)
{
    public const string EngineActor = "engine";

    private readonly Queue<string> _candidates = new();

    public async Task StartAsync(string actor, CancellationToken cancellationToken)
    {
        tx.Record(JournalEvents.InstanceStarted, actor: actor,
            data: new { definition = process.Definition.Id, version = process.Definition.Version, title = tx.Instance.Title, variables = JsonNode.Parse(tx.Instance.VariablesJson) });
        await StartPhaseAsync(0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes a waiting step (people, a tool, or a timer for <c>wait</c>) and runs on from it.</summary>
    public async Task CompleteAsync(StepState state, string? outcomeId, string? outputJson, string actor, CancellationToken cancellationToken)
    {
        await CompleteCoreAsync(state, outcomeId, outputJson, actor, cancellationToken).ConfigureAwait(false);
        await RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CompleteCoreAsync(StepState state, string? outcomeId, string? outputJson, string actor, CancellationToken cancellationToken)
    {
        var step = process.Steps[state.StepId];
        var outcome = step.Definition.Outcomes.FirstOrDefault(o => o.Id == outcomeId);
        var routed = outcome?.Goto is { Length: > 0 };
        tx.Set(state with
        {
            Status = StepStatus.Completed,
            Outcome = outcomeId,
            OutputJson = outputJson,
            Actor = actor,
            CompletedAt = tx.Now,
            Released = !routed,
        });
        tx.RemoveBookmark(step.Id);
        await tx.RemoveTimersAsync(step.Id, cancellationToken).ConfigureAwait(false);
        tx.Record(JournalEvents.StepCompleted, step.Id, state.Iteration, actor, new { outcome = outcomeId, output = outputJson is null ? null : JsonNode.Parse(outputJson) });

        if (step.Definition.RouteOnly)
        {
            tx.Instance = tx.Instance with { PhaseOpenRoutes = tx.Instance.PhaseOpenRoutes - 1 };
        }

        if (routed)
        {
            tx.Record(JournalEvents.RouteTaken, step.Id, state.Iteration, actor, new { outcome = outcomeId, to = outcome!.Goto });
            await RouteToAsync(outcome.Goto!, cancellationToken).ConfigureAwait(false);
        }
        else if (!step.Definition.RouteOnly)
        {
            Satisfied(step);
        }
    }

    /// <summary>After a migration: the pending steps of the current phase whose predecessors are done start.</summary>
    public async Task ContinueAsync(CancellationToken cancellationToken)
    {
        if (tx.Instance.PhaseIndex < process.Phases.Count)
        {
            foreach (var id in process.Phases[tx.Instance.PhaseIndex].SequenceSteps)
            {
                _candidates.Enqueue(id);
            }
        }

        await RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Retries a failed step: its guard is evaluated again.</summary>
    public async Task RetryAsync(StepState state, CancellationToken cancellationToken)
    {
        tx.Set(state with { Status = StepStatus.Pending });
        await ActivateAsync(process.Steps[state.StepId], state.Iteration, cancellationToken).ConfigureAwait(false);
        await RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task StartPhaseAsync(int phaseIndex, CancellationToken cancellationToken)
    {
        if (phaseIndex >= process.Phases.Count)
        {
            tx.Instance = tx.Instance with { Status = InstanceStatus.Completed, PhaseIndex = phaseIndex };
            tx.Record(JournalEvents.InstanceCompleted, actor: EngineActor);
            return;
        }

        var phase = process.Phases[phaseIndex];
        tx.Instance = tx.Instance with { PhaseIndex = phaseIndex, PhaseOpenSteps = phase.SequenceSteps.Count, PhaseOpenRoutes = 0 };
        tx.Record(JournalEvents.PhaseStarted, data: new { phase = phase.Id }, actor: EngineActor);
        foreach (var entry in phase.EntrySteps)
        {
            _candidates.Enqueue(entry);
        }

        await RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Activates every candidate whose predecessors are done, until nothing moves; then closes the phase if it is done.</summary>
    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (_candidates.TryDequeue(out var candidate))
        {
            var step = process.Steps[candidate];
            var state = await tx.GetAsync(candidate, cancellationToken).ConfigureAwait(false);
            if (state.Status != StepStatus.Pending || step.PhaseIndex != tx.Instance.PhaseIndex)
            {
                continue;
            }

            await tx.LoadAsync(step.Predecessors, cancellationToken).ConfigureAwait(false);
            var ready = true;
            foreach (var predecessor in step.Predecessors)
            {
                ready &= (await tx.GetAsync(predecessor, cancellationToken).ConfigureAwait(false)).Satisfies;
            }

            if (ready)
            {
                await ActivateAsync(step, state.Iteration + 1, cancellationToken).ConfigureAwait(false);
            }
        }

        if (tx.Instance.Status == InstanceStatus.Running && tx.Instance.PhaseOpenSteps == 0 && tx.Instance.PhaseOpenRoutes == 0)
        {
            tx.Record(JournalEvents.PhaseCompleted, data: new { phase = process.Phases[tx.Instance.PhaseIndex].Id }, actor: EngineActor);
            await StartPhaseAsync(tx.Instance.PhaseIndex + 1, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ActivateAsync(CompiledStep step, int iteration, CancellationToken cancellationToken)
    {
        var definition = step.Definition;
        var state = new StepState { StepId = step.Id, Status = StepStatus.Active, Iteration = iteration, ActivatedAt = tx.Now };
        if (definition.When is { } guard)
        {
            bool pass;
            try
            {
                pass = rules.EvaluateGuard(process.Definition, step.Id, await ScopeAsync(step, null, cancellationToken).ConfigureAwait(false));
            }
            catch (ConsultEngineException fault)
            {
                Fail(step, state, fault.Code, fault.Message);
                return;
            }

            if (!pass)
            {
                tx.Set(state with { Status = StepStatus.Skipped, CompletedAt = tx.Now });
                tx.Record(JournalEvents.StepSkipped, step.Id, iteration, EngineActor, new { guard });
                if (definition.RouteOnly)
                {
                    tx.Instance = tx.Instance with { PhaseOpenRoutes = tx.Instance.PhaseOpenRoutes - 1 };
                }
                else
                {
                    Satisfied(step);
                }

                return;
            }
        }

        tx.Record(JournalEvents.StepActivated, step.Id, iteration, EngineActor, new { type = definition.Type, role = definition.Role });
        if (step.Kind == StepKind.Automatic && step.IsType("notify"))
        {
            var config = definition.Config is { } c ? JsonNode.Parse(c.GetRawText()) : null;
            tx.Send("notification", step.Id, new { instanceId = tx.Instance.Id, step = step.Id, config });
            tx.Record(JournalEvents.NotificationQueued, step.Id, iteration, EngineActor, new { audience = config?["audience"]?.GetValue<string>() });
            await CompleteCoreAsync(state with { Status = StepStatus.Waiting }, null, null, EngineActor, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (step.Kind == StepKind.Automatic && step.IsType("wait"))
        {
            var length = definition.Config?.TryGetProperty("for", out var value) == true && IsoDuration.TryParse(value.GetString(), out var d) ? d : default;
            var at = length.AddTo(tx.Now);
            tx.Set(state with { Status = StepStatus.Waiting, DueAt = at });
            tx.AddTimer(new TimerRecord(Guid.NewGuid(), tx.Instance.Id, step.Id, iteration, TimerKind.Wait, at));
            tx.Record(JournalEvents.StepWaiting, step.Id, iteration, EngineActor, new { until = at });
            return;
        }

        DateTimeOffset? due = definition.Due is { } text && IsoDuration.TryParse(text, out var duration) ? duration.AddTo(tx.Now) : null;
        tx.Set(state with { Status = StepStatus.Waiting, DueAt = due });
        tx.AddBookmark(new Bookmark(tx.Instance.Id, step.Id, iteration, definition.Type, definition.Role, tx.Now, due));
        if (due is { } dueAt)
        {
            tx.AddTimer(new TimerRecord(Guid.NewGuid(), tx.Instance.Id, step.Id, iteration, TimerKind.Due, dueAt));
        }

        tx.Record(JournalEvents.StepWaiting, step.Id, iteration, EngineActor, new { role = definition.Role, due });
    }

    /// <summary>A route re-runs its target: the target and every step after it in the phase go back to pending.</summary>
    private async Task RouteToAsync(string targetId, CancellationToken cancellationToken)
    {
        var target = process.Steps[targetId];
        var targetState = await tx.GetAsync(targetId, cancellationToken).ConfigureAwait(false);
        if (targetState.Status is StepStatus.Waiting or StepStatus.Active)
        {
            return;
        }

        var affected = new List<CompiledStep>();
        var pending = new Stack<string>(target.Dependents);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var id))
        {
            if (seen.Add(id))
            {
                affected.Add(process.Steps[id]);
                foreach (var dependent in process.Steps[id].Dependents)
                {
                    pending.Push(dependent);
                }
            }
        }

        await tx.LoadAsync([.. affected.Select(s => s.Id)], cancellationToken).ConfigureAwait(false);
        foreach (var step in affected.Prepend(target))
        {
            var state = step == target ? targetState : await tx.GetAsync(step.Id, cancellationToken).ConfigureAwait(false);
            if (state.Status == StepStatus.Pending && step != target)
            {
                continue;
            }

            await ResetAsync(step, state, cancellationToken).ConfigureAwait(false);
        }

        if (target.Definition.RouteOnly)
        {
            tx.Instance = tx.Instance with { PhaseOpenRoutes = tx.Instance.PhaseOpenRoutes + 1 };
        }

        await ActivateAsync(target, targetState.Iteration + 1, cancellationToken).ConfigureAwait(false);
    }

    private async Task ResetAsync(CompiledStep step, StepState state, CancellationToken cancellationToken)
    {
        if (state.Status == StepStatus.Pending)
        {
            return;
        }

        if (state.Satisfies && !step.Definition.RouteOnly)
        {
            tx.Instance = tx.Instance with { PhaseOpenSteps = tx.Instance.PhaseOpenSteps + 1 };
        }

        if (state.Status is StepStatus.Waiting or StepStatus.Active)
        {
            tx.RemoveBookmark(step.Id);
            await tx.RemoveTimersAsync(step.Id, cancellationToken).ConfigureAwait(false);
        }

        // The previous iteration's output and outcome stay in the journal; rules must not read them as current.
        tx.Set(state with { Status = StepStatus.Pending, Released = false, Outcome = null, OutputJson = null, CompletedAt = null, Actor = null });
        tx.Record(JournalEvents.StepReset, step.Id, state.Iteration, EngineActor);
    }

    private void Satisfied(CompiledStep step)
    {
        tx.Instance = tx.Instance with { PhaseOpenSteps = tx.Instance.PhaseOpenSteps - 1 };
        foreach (var dependent in step.Dependents)
        {
            _candidates.Enqueue(dependent);
        }
    }

    private void Fail(CompiledStep step, StepState state, string code, string message)
    {
        tx.Set(state with { Status = StepStatus.Failed });
        tx.Record(JournalEvents.StepFailed, step.Id, state.Iteration, EngineActor, new { code });
        var incident = new Incident(Guid.NewGuid(), tx.Instance.Id, step.Id, code, message, tx.Now);
        tx.Raise(incident);
        tx.Record(JournalEvents.IncidentRaised, step.Id, state.Iteration, EngineActor, new { code, incident = incident.Id });
    }

    /// <summary>The read-only view a rule gets: variables, and the outputs of the steps its scripts name.</summary>
    public async Task<RuleScope> ScopeAsync(CompiledStep step, JsonNode? output, CancellationToken cancellationToken)
    {
        await tx.LoadAsync(step.ScriptSteps, cancellationToken).ConfigureAwait(false);
        var steps = new JsonObject();
        var tools = new JsonObject();
        foreach (var id in step.ScriptSteps.Where(process.Steps.ContainsKey))
        {
            var state = await tx.GetAsync(id, cancellationToken).ConfigureAwait(false);
            var value = state.OutputJson is { } json ? JsonNode.Parse(json) : null;
            steps[id] = value;
            if (process.Steps[id].Kind == StepKind.Tool)
            {
                tools[id] = value?.DeepClone();
            }
        }

        return new RuleScope(tx.Variables(), steps, tools, output);
    }
}

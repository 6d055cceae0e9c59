using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Hosting.Logging;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime;

namespace ConsultEngine.Hosting.Tools;

/// <summary>Finding a step's tool, its lifecycle record, and calling the plugin so that its faults never reach the caller raw.</summary>
internal sealed partial class ToolSteps
{
    private async Task<ResolvedToolStep> ResolveAsync(Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stepId);
        var instance = await engine.Store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
            ?? throw new ToolException(RuntimeCodes.InstanceNotFound, $"There is no instance {instanceId}.") { InstanceId = instanceId, StepId = stepId };
        if (_cache.Resolved(instance, stepId) is { } known)
        {
            return known;
        }

        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion)
            ?? throw new ToolException(RuntimeCodes.DefinitionNotAvailable, $"The definition {instance.DefinitionId}@{instance.DefinitionVersion} is not available.") { InstanceId = instanceId, StepId = stepId };
        var step = definition.AllSteps().FirstOrDefault(s => string.Equals(s.Id, stepId, StringComparison.Ordinal))
            ?? throw new ToolException(RuntimeCodes.StepNotFound, $"The definition has no step '{stepId}'.") { InstanceId = instanceId, StepId = stepId };
        if (!StepTypeName.TryParse(step.Type, out var name, out var major) || !name.StartsWith(StepTypeName.ToolPrefix, StringComparison.Ordinal))
        {
            throw new ToolException(ToolCodes.StepNotCollecting, $"The step '{stepId}' is a '{step.Type}' step, not a tool step.") { InstanceId = instanceId, StepId = stepId };
        }

        var stepType = $"{name}@{major}";
        var (tool, manifest) = _tools.Find(stepType)
            ?? throw new ToolException(ToolCodes.ToolNotLoaded, $"No loaded tool serves the step type '{stepType}' of step '{stepId}'.") { InstanceId = instanceId, StepId = stepId };
        var states = await engine.Store.LoadStepsAsync(instanceId, [stepId], cancellationToken).ConfigureAwait(false);
        var resolved = new ResolvedToolStep
        {
            Instance = instance,
            Definition = definition,
            Step = step,
            State = states.TryGetValue(stepId, out var state) ? state : StepState.Pending(stepId),
            Tool = tool,
            Manifest = manifest,
            Inputs = data.Inputs(instanceId, stepId),
            Records = data.Records(instanceId, stepId),
            Scripts = scripts,
            Identifiers = identifiers,
            Clock = clock,
        };
        _cache.Keep(resolved);
        return resolved;
    }

    /// <summary>The lifecycle record of the step's current iteration, or <see langword="null"/> when this iteration was never opened.</summary>
    private static async Task<ToolLifecycle?> CurrentLifecycleAsync(ResolvedToolStep step, CancellationToken cancellationToken)
    {
        var lifecycle = await ToolLifecycle.ReadAsync(step.Records, cancellationToken).ConfigureAwait(false);
        return lifecycle is not null && lifecycle.Iteration == step.State.Iteration ? lifecycle : null;
    }

    /// <summary>The step waits and takes submissions: opened now if it never was, refused (CE9102) when not waiting or closed.</summary>
    private async Task<ToolLifecycle> CollectingAsync(ResolvedToolStep step, string? actor, CancellationToken cancellationToken, bool cached = false)
    {
        if (!step.Waiting)
        {
            throw NotCollecting(step);
        }

        var lifecycle = await OpenedAsync(step, actor, cancellationToken, cached).ConfigureAwait(false);
        return lifecycle.ClosingAt is null
            ? lifecycle
            : throw step.Refuse(ToolCodes.StepNotCollecting, $"The step '{step.StepId}' is closed: it takes no more submissions.");
    }

    /// <summary>
    /// The step's lifecycle once opened: a waiting step that was never opened is opened now; any other is refused (CE9102).
    /// <paramref name="cached"/> (the submission path): the record as last read, unless this host changed the step since.
    /// </summary>
    private async Task<ToolLifecycle> OpenedAsync(ResolvedToolStep step, string? actor, CancellationToken cancellationToken, bool cached = false)
    {
        var stored = cached
            ? await _cache.LifecycleAsync(step, cancellationToken).ConfigureAwait(false)
            : await ToolLifecycle.ReadAsync(step.Records, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.Iteration == step.State.Iteration)
        {
            return stored;
        }

        if (!step.Waiting)
        {
            throw NotCollecting(step);
        }

        var opener = actor ?? "engine";
        await CallToolAsync(step, "open", () => step.Tool.OpenAsync(step.Context(ToolCaller.Staff(opener)), cancellationToken), cancellationToken).ConfigureAwait(false);
        try
        {
            var opened = await new ToolLifecycle(step.State.Iteration, clock.GetUtcNow(), opener).WriteAsync(step.Records, stored?.Version ?? 0, cancellationToken).ConfigureAwait(false);
            changes.Changed(step.InstanceId);
            return opened;
        }
        catch (ToolException conflict) when (conflict.Code == ToolCodes.RecordConflict)
        {
            changes.Changed(step.InstanceId);
            // Another caller opened the step meanwhile (tools' open is idempotent): use its record.
            var winner = await ToolLifecycle.ReadAsync(step.Records, cancellationToken).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }
    }

    private static ToolStepView View(ResolvedToolStep step, ToolLifecycle? lifecycle)
    {
        var status = step.State.Status switch
        {
            StepStatus.Completed when lifecycle is not null => ToolStepStatus.Completed,
            StepStatus.Waiting when lifecycle is null => ToolStepStatus.NotOpened,
            StepStatus.Waiting when lifecycle.ClosingAt is not null => ToolStepStatus.Closed,
            StepStatus.Waiting => ToolStepStatus.Collecting,
            _ => ToolStepStatus.NotReached,
        };
        return new ToolStepView(step.InstanceId, step.StepId, step.Step.Type, step.Manifest.Id, step.Manifest.Version, status, step.State.Iteration)
        {
            OpenedAt = lifecycle?.OpenedAt,
            ClosedAt = lifecycle?.ClosedAt,
        };
    }

    private static ToolException NotCollecting(ResolvedToolStep step) =>
        step.Refuse(ToolCodes.StepNotCollecting, step.Instance.Status != InstanceStatus.Running
            ? $"The consultation is {step.Instance.Status.ToString().ToLowerInvariant()}: the step '{step.StepId}' does not collect."
            : $"The step '{step.StepId}' is {step.State.Status.ToString().ToLowerInvariant()}, not waiting: it does not collect now.");

    private static ToolException Engine(ResolvedToolStep step, ConsultEngineException refused) =>
        step.Refuse(refused.Code, refused.Message, refused is InstanceCommandException { Problems.Count: > 0 } command
            ? command.Problems
            : null, refused);

    private async Task CallToolAsync(ResolvedToolStep step, string operation, Func<ValueTask> call, CancellationToken cancellationToken) =>
        await CallToolAsync(step, operation, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Calls the plugin. Its coded refusals pass through (named with the tool, instance and step);
    /// anything else is a fault of the plugin: logged with the exception and reported as CE9110.
    /// </summary>
    private async Task<T> CallToolAsync<T>(ResolvedToolStep step, string operation, Func<ValueTask<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ToolException refused)
        {
            throw step.Refuse(refused.Code, refused.Message, refused.Problems, refused);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception fault)
        {
            throw Fault(step, operation, fault);
        }
    }

    private ToolException Fault(ResolvedToolStep step, string operation, Exception fault)
    {
        // The plugin's message may hold what a person typed: neither the log nor the caller gets it, only the
        // type, the stack and the tool, operation and ids.
        ToolLog.PluginFault(logger, ScrubbedException.Of(fault), step.Manifest.Id, operation, step.InstanceId, step.StepId);
        return step.Refuse(ToolCodes.ToolFault, $"The tool '{step.Manifest.Id}' failed in {operation} ({fault.GetType().Name}); the fault is logged.", inner: fault);
    }
}

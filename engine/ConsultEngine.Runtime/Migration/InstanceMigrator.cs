using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.Interpreter;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Migration;

/// <summary>
/// Plans and applies the move of a running instance to another version of its definition with an
/// explicit step map (old id → new id; unmapped steps keep their id). Finished steps are carried
/// over as they are and never run again; waiting steps keep waiting under their new id.
/// </summary>
internal static class InstanceMigrator
{
    public static MigrationPlan Plan(InstanceRecord instance, IReadOnlyList<StepState> states, ProcessDefinition from, ProcessDefinition to, IReadOnlyDictionary<string, string> stepMap)
    {
        var changes = new List<MigrationChange>();
        var problems = new List<string>();
        var oldSteps = from.AllSteps().ToDictionary(s => s.Id, StringComparer.Ordinal);
        var newSteps = to.AllSteps().ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var (source, target) in stepMap)
        {
            if (!oldSteps.ContainsKey(source))
            {
                problems.Add($"{RuntimeCodes.MigrationStepUnknown}: the step map names '{source}', which version {from.Version} does not have.");
            }

            if (!newSteps.ContainsKey(target))
            {
                problems.Add($"{RuntimeCodes.MigrationStepUnknown}: the step map sends '{source}' to '{target}', which version {to.Version} does not have.");
            }
        }

        var carried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in states.OrderBy(s => s.StepId, StringComparer.Ordinal))
        {
            var target = stepMap.GetValueOrDefault(state.StepId, state.StepId);
            var status = state.Status.ToString().ToLowerInvariant();
            if (!newSteps.ContainsKey(target))
            {
                if (state.Status is StepStatus.Waiting or StepStatus.Active or StepStatus.Failed)
                {
                    problems.Add($"{RuntimeCodes.MigrationStepUnknown}: the step '{state.StepId}' is {status}, and version {to.Version} has no step '{target}'; map it to a step of the new version.");
                }
                else
                {
                    changes.Add(new MigrationChange("dropped", state.StepId, null, $"{status} step not in version {to.Version}"));
                }

                continue;
            }

            carried.Add(target);
            changes.Add(state.Status is StepStatus.Waiting or StepStatus.Active or StepStatus.Failed
                ? new MigrationChange("moved", state.StepId, target, $"{status} step keeps its state")
                : new MigrationChange("kept", state.StepId, target, $"{status} step is not run again"));
        }

        var fromPhase = instance.PhaseIndex < from.Phases.Count ? from.Phases[instance.PhaseIndex].Id : null;
        var toPhaseIndex = PhaseIndex(to, fromPhase, states, stepMap);
        if (toPhaseIndex < 0)
        {
            problems.Add($"{RuntimeCodes.MigrationStepUnknown}: version {to.Version} has no phase '{fromPhase}' and no waiting step tells where the instance stands.");
        }

        for (var p = 0; p < to.Phases.Count; p++)
        {
            foreach (var step in to.Phases[p].Steps.Where(s => !carried.Contains(s.Id) && !oldSteps.ContainsKey(s.Id)))
            {
                changes.Add(p < toPhaseIndex
                    ? new MigrationChange("not-run", null, step.Id, $"new step in the passed phase '{to.Phases[p].Id}'")
                    : new MigrationChange("added", null, step.Id, $"new step of phase '{to.Phases[p].Id}', runs when reached"));
            }
        }

        return new MigrationPlan(instance.Id, instance.DefinitionId, from.Version, to.Version, fromPhase,
            toPhaseIndex >= 0 && toPhaseIndex < to.Phases.Count ? to.Phases[toPhaseIndex].Id : null, changes, problems);
    }

    public static async Task ApplyAsync(MigrationPlan plan, InstanceTransaction tx, CompiledProcess target, IReadOnlyList<StepState> states, IReadOnlyDictionary<string, string> stepMap, string actor, CancellationToken cancellationToken)
    {
        var bookmarks = (await tx.Store.ListBookmarksAsync(tx.Instance.Id, cancellationToken).ConfigureAwait(false)).ToDictionary(b => b.StepId, StringComparer.Ordinal);
        foreach (var state in states)
        {
            var to = stepMap.GetValueOrDefault(state.StepId, state.StepId);
            if (!target.Steps.TryGetValue(to, out var step))
            {
                tx.Remove(state.StepId);
                continue;
            }

            if (to == state.StepId)
            {
                continue;
            }

            tx.Remove(state.StepId);
            tx.Set(state with { StepId = to });
            if (bookmarks.TryGetValue(state.StepId, out var bookmark))
            {
                tx.MoveBookmark(bookmark, to, step.Definition.Type, step.Definition.Role);
            }

            foreach (var timer in await tx.Store.LoadTimersAsync(tx.Instance.Id, state.StepId, cancellationToken).ConfigureAwait(false))
            {
                tx.RemoveTimer(timer.Id);
                tx.AddTimer(timer with { Id = Guid.NewGuid(), StepId = to });
            }
        }

        var phaseIndex = target.Phases.FindIndex(p => p.Id == plan.ToPhase);
        var phase = target.Phases[phaseIndex];
        var satisfied = 0;
        var openRoutes = 0;
        var mapped = states.ToDictionary(s => stepMap.GetValueOrDefault(s.StepId, s.StepId), StringComparer.Ordinal);
        foreach (var step in target.Steps.Values.Where(s => s.PhaseIndex == phaseIndex))
        {
            if (!mapped.TryGetValue(step.Id, out var state))
            {
                continue;
            }

            if (step.Definition.RouteOnly)
            {
                openRoutes += state.Status is StepStatus.Waiting or StepStatus.Active ? 1 : 0;
            }
            else if (state.Satisfies)
            {
                satisfied++;
            }
        }

        tx.Instance = tx.Instance with
        {
            DefinitionVersion = target.Definition.Version,
            PhaseIndex = phaseIndex,
            PhaseOpenSteps = phase.SequenceSteps.Count - satisfied,
            PhaseOpenRoutes = openRoutes,
        };
        tx.Record(JournalEvents.InstanceMigrated, actor: actor, data: new
        {
            from = plan.FromVersion,
            to = plan.ToVersion,
            map = stepMap,
            changes = plan.Changes.Select(c => $"{c.Kind} {c.FromStep ?? "-"} -> {c.ToStep ?? "-"}"),
        });
    }

    private static int PhaseIndex(ProcessDefinition to, string? phaseId, IReadOnlyList<StepState> states, IReadOnlyDictionary<string, string> stepMap)
    {
        var byId = to.Phases.ToList().FindIndex(p => p.Id == phaseId);
        if (byId >= 0)
        {
            return byId;
        }

        var waiting = states.FirstOrDefault(s => s.Status is StepStatus.Waiting or StepStatus.Active);
        if (waiting is null)
        {
            return -1;
        }

        var target = stepMap.GetValueOrDefault(waiting.StepId, waiting.StepId);
        return to.Phases.ToList().FindIndex(p => p.Steps.Any(s => s.Id == target));
    }
}

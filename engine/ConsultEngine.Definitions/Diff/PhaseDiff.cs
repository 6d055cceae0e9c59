using System.Text.Json.Nodes;

namespace ConsultEngine.Definitions.Diff;

/// <summary>
/// Phases and steps. A step is matched by its id wherever it is, so a step moved to another phase is
/// one change (moved, field <c>phase</c>), not a removal and an addition. Order matters to the flow
/// (a step without <c>after</c> follows the one before it), so a step or phase that changed place
/// among the ones both versions share is reported as moved (field <c>position</c>); which ones moved
/// is the smallest set: those outside a longest common subsequence of the shared ids.
/// </summary>
internal static class PhaseDiff
{
    public static void Compare(JsonArray? a, JsonArray? b, List<DefinitionChange> changes)
    {
        var phasesBefore = DefinitionDiff.Index(a);
        var phasesAfter = DefinitionDiff.Index(b);
        var oldPhases = phasesBefore.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var newIds = phasesAfter.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var movedPhases = Moved([.. phasesBefore.Select(p => p.Id).Where(newIds.Contains)], [.. phasesAfter.Select(p => p.Id).Where(oldPhases.ContainsKey)]);
        foreach (var (id, index, node) in phasesAfter)
        {
            var at = $"/phases/{index}";
            if (!oldPhases.TryGetValue(id, out var old))
            {
                changes.Add(new DefinitionChange(ChangeArea.Phase, ChangeKind.Added, id, null, at, null, Summary(node)));
                continue;
            }

            if (movedPhases.Contains(id))
            {
                changes.Add(new DefinitionChange(ChangeArea.Phase, ChangeKind.Moved, id, "position", at, old.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            DefinitionDiff.CompareFields(ChangeArea.Phase, id, at, old.Node, node, ["steps"], changes);
        }

        foreach (var (id, index, node) in phasesBefore.Where(p => !newIds.Contains(p.Id)))
        {
            changes.Add(new DefinitionChange(ChangeArea.Phase, ChangeKind.Removed, id, null, $"/phases/{index}", Summary(node), null));
        }

        CompareSteps(Steps(phasesBefore), Steps(phasesAfter), changes);
    }

    private static void CompareSteps(List<StepAt> before, List<StepAt> after, List<DefinitionChange> changes)
    {
        var oldSteps = before.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var newIds = after.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        // Within each phase of the newer version: which of the steps that were already in that phase changed place.
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phase in after.Select(s => s.Phase).Distinct())
        {
            bool Stayed(StepAt s) => s.Phase == phase && oldSteps.TryGetValue(s.Id, out var old) && old.Phase == phase;
            moved.UnionWith(Moved([.. before.Where(s => s.Phase == phase && newIds.Contains(s.Id) && after.Any(n => n.Id == s.Id && n.Phase == phase)).Select(s => s.Id)],
                [.. after.Where(Stayed).Select(s => s.Id)]));
        }

        foreach (var step in after)
        {
            if (!oldSteps.TryGetValue(step.Id, out var old))
            {
                changes.Add(new DefinitionChange(ChangeArea.Step, ChangeKind.Added, step.Id, null, step.Path, null, DefinitionDiff.Text(step.Node)));
                continue;
            }

            if (old.Phase != step.Phase)
            {
                changes.Add(new DefinitionChange(ChangeArea.Step, ChangeKind.Moved, step.Id, "phase", step.Path, Quote(old.Phase), Quote(step.Phase)));
            }
            else if (moved.Contains(step.Id))
            {
                changes.Add(new DefinitionChange(ChangeArea.Step, ChangeKind.Moved, step.Id, "position", step.Path, old.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), step.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            DefinitionDiff.CompareFields(ChangeArea.Step, step.Id, step.Path, old.Node, step.Node, [], changes);
        }

        foreach (var step in before.Where(s => !newIds.Contains(s.Id)))
        {
            changes.Add(new DefinitionChange(ChangeArea.Step, ChangeKind.Removed, step.Id, null, step.Path, DefinitionDiff.Text(step.Node), null));
        }
    }

    private static List<StepAt> Steps(List<(string Id, int Index, JsonObject Node)> phases)
    {
        var steps = new List<StepAt>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phase, phaseIndex, node) in phases)
        {
            foreach (var (id, index, step) in DefinitionDiff.Index(node["steps"] as JsonArray).Where(s => seen.Add(s.Id)))
            {
                steps.Add(new StepAt(id, phase, index, $"/phases/{phaseIndex}/steps/{index}", step));
            }
        }

        return steps;
    }

    /// <summary>The ids of <paramref name="after"/> (same ids as <paramref name="before"/>, maybe reordered) that are not in a longest common subsequence of both.</summary>
    private static HashSet<string> Moved(string[] before, string[] after)
    {
        var lengths = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = before[i] == after[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0, j = 0; i < before.Length && j < after.Length;)
        {
            if (before[i] == after[j])
            {
                kept.Add(after[j]);
                i++;
                j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return [.. after.Where(id => !kept.Contains(id))];
    }

    /// <summary>A phase without its steps (they are reported one by one).</summary>
    private static string? Summary(JsonObject phase)
    {
        var copy = phase.DeepClone().AsObject();
        copy.Remove("steps");
        return DefinitionDiff.Text(copy);
    }

    private static string Quote(string text) => DefinitionDiff.Text(JsonValue.Create(text))!;

    private sealed record StepAt(string Id, string Phase, int Index, string Path, JsonObject Node);
}

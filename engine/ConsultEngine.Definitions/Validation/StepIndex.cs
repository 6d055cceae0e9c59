using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Validation;

/// <summary>Where a step sits in a definition: its phase, its position and its JSON Pointer.</summary>
internal sealed class StepLocation(StepDefinition step, int phaseIndex, int stepIndex)
{
    public StepDefinition Step { get; } = step;

    public int PhaseIndex { get; } = phaseIndex;

    public int StepIndex { get; } = stepIndex;

    public string Pointer => $"/phases/{PhaseIndex}/steps/{StepIndex}";
}

/// <summary>The steps of a definition by id (the first of duplicates wins; duplicates are reported elsewhere).</summary>
internal sealed class StepIndex
{
    private readonly Dictionary<string, StepLocation> _byId = new(StringComparer.Ordinal);

    public StepIndex(ProcessDefinition definition)
    {
        for (var p = 0; p < definition.Phases.Count; p++)
        {
            var steps = definition.Phases[p]?.Steps ?? [];
            for (var s = 0; s < steps.Count; s++)
            {
                var step = steps[s];
                if (step is null)
                {
                    continue;
                }

                var location = new StepLocation(step, p, s);
                All.Add(location);
                if (step.Id.Length > 0)
                {
                    _byId.TryAdd(step.Id, location);
                }
            }
        }
    }

    public List<StepLocation> All { get; } = [];

    public bool TryGet(string id, out StepLocation location) => _byId.TryGetValue(id, out location!);

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>
    /// The steps a step waits for: its <c>after</c> list, or else the previous step of its phase that
    /// is part of the sequence (route-only steps are not). Unknown ids are left out.
    /// </summary>
    public IReadOnlyList<StepLocation> Predecessors(StepLocation location, ProcessDefinition definition)
    {
        if (location.Step.RouteOnly)
        {
            return [];
        }

        if (location.Step.After is { } after)
        {
            return [.. after.Where(id => id is not null).Select(id => TryGet(id, out var l) ? l : null).OfType<StepLocation>()];
        }

        var steps = definition.Phases[location.PhaseIndex].Steps;
        for (var s = location.StepIndex - 1; s >= 0; s--)
        {
            if (steps[s] is { RouteOnly: false } previous)
            {
                return TryGet(previous.Id, out var l) && l.PhaseIndex == location.PhaseIndex ? [l] : [];
            }
        }

        return [];
    }
}

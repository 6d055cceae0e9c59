using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// A mutable copy of a definition's phase and step lists that a command changes before it produces
/// the next immutable <see cref="ProcessDefinition"/>. Steps themselves stay immutable records.
/// </summary>
internal sealed class DefinitionDraft
{
    private readonly ProcessDefinition _original;

    public DefinitionDraft(ProcessDefinition original)
    {
        _original = original;
        Phases = [.. original.Phases.Select(p => (p, new List<StepDefinition>(p.Steps)))];
        Rules = new Dictionary<string, string>(original.Rules, StringComparer.Ordinal);
        Report = original.Report;
    }

    public List<(PhaseDefinition Phase, List<StepDefinition> Steps)> Phases { get; }

    public Dictionary<string, string> Rules { get; }

    public ReportStructure? Report { get; set; }

    public IEnumerable<StepDefinition> AllSteps => Phases.SelectMany(p => p.Steps);

    public bool Contains(string stepId) => Find(stepId) is not null;

    /// <summary>The phase and position of a step (the first of duplicates), or null.</summary>
    public (int Phase, int Index)? Find(string stepId)
    {
        for (var p = 0; p < Phases.Count; p++)
        {
            var index = Phases[p].Steps.FindIndex(s => s.Id == stepId);
            if (index >= 0)
            {
                return (p, index);
            }
        }

        return null;
    }

    public int FindPhase(string phaseId) => Phases.FindIndex(p => p.Phase.Id == phaseId);

    public StepDefinition Step(string stepId) => Find(stepId) is { } at ? Phases[at.Phase].Steps[at.Index] : throw new KeyNotFoundException(stepId);

    public void Replace(string stepId, Func<StepDefinition, StepDefinition> change)
    {
        var (phase, index) = Find(stepId) ?? throw new KeyNotFoundException(stepId);
        Phases[phase].Steps[index] = change(Phases[phase].Steps[index]);
    }

    /// <summary>Applies <paramref name="change"/> to every step, keeping the same instance where it returns it unchanged.</summary>
    public void ReplaceAll(Func<StepDefinition, StepDefinition> change)
    {
        foreach (var (_, steps) in Phases)
        {
            for (var i = 0; i < steps.Count; i++)
            {
                steps[i] = change(steps[i]);
            }
        }
    }

    /// <summary>The step a step without <c>after</c> follows: the previous step of its phase that is part of the sequence.</summary>
    public StepDefinition? ImplicitPredecessor(string stepId)
    {
        var (phase, index) = Find(stepId) ?? throw new KeyNotFoundException(stepId);
        var steps = Phases[phase].Steps;
        for (var i = index - 1; i >= 0; i--)
        {
            if (!steps[i].RouteOnly)
            {
                return steps[i];
            }
        }

        return null;
    }

    /// <summary>The steps <paramref name="stepId"/> waits for, as the engine reads them.</summary>
    public IReadOnlyList<string> Predecessors(string stepId)
    {
        var step = Step(stepId);
        if (step.RouteOnly)
        {
            return [];
        }

        return step.After ?? (ImplicitPredecessor(stepId) is { } previous ? [previous.Id] : []);
    }

    public ProcessDefinition ToDefinition() => _original with
    {
        Phases = [.. Phases.Select(p => p.Phase with { Steps = [.. p.Steps] })],
        Rules = new Dictionary<string, string>(Rules, StringComparer.Ordinal),
        Report = Report,
    };
}

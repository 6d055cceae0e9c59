namespace ConsultEngine.Definitions.Model;

/// <summary>
/// One of the process's phases. Phases run one after another: a phase starts when every step of
/// the previous one has completed or been skipped.
/// </summary>
public sealed record PhaseDefinition
{
    public string Id { get; init; } = string.Empty;

    public LocalizedText? Title { get; init; }

    public LocalizedText? Description { get; init; }

    public IReadOnlyList<StepDefinition> Steps { get; init; } = [];
}

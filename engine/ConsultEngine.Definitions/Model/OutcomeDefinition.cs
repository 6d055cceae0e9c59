namespace ConsultEngine.Definitions.Model;

/// <summary>A possible result of a step. With <see cref="Goto"/> it routes the flow to another step.</summary>
public sealed record OutcomeDefinition
{
    public string Id { get; init; } = string.Empty;

    public LocalizedText? Title { get; init; }

    public string? Goto { get; init; }
}

namespace ConsultEngine.Definitions.Model;

/// <summary>A participant role of the process, such as the Standing Committee or a contracted organisation.</summary>
public sealed record RoleDefinition
{
    public string Id { get; init; } = string.Empty;

    public LocalizedText? Title { get; init; }
}

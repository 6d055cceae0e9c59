using System.Text.Json;

namespace ConsultEngine.Definitions.Model;

/// <summary>A value an instance carries from its start (the consultation's issue, its scope, its budget...).</summary>
public sealed record VariableDefinition
{
    public string Id { get; init; } = string.Empty;

    /// <summary>One of <c>string</c>, <c>number</c>, <c>integer</c>, <c>boolean</c>, <c>date</c>, <c>object</c>, <c>array</c>.</summary>
    public string Type { get; init; } = "string";

    public LocalizedText? Title { get; init; }

    public bool Required { get; init; }

    public JsonElement? Default { get; init; }
}

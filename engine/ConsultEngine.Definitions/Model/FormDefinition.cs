using System.Text.Json;

namespace ConsultEngine.Definitions.Model;

/// <summary>What a human step collects: a title and a JSON Schema (draft 2020-12) of the step's output.</summary>
public sealed record FormDefinition
{
    public LocalizedText? Title { get; init; }

    public JsonElement Schema { get; init; }
}

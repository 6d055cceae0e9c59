using System.Text.Json.Serialization;
using ConsultEngine.Definitions.Model.Patches;

namespace ConsultEngine.Definitions.Model;

/// <summary>
/// A province's customisation: it <see cref="Extends"/> a published definition version and applies
/// <see cref="Patches"/> in order. Resolving it gives a plain <see cref="ProcessDefinition"/>.
/// </summary>
public sealed record ProcessOverlay
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public int SchemaVersion { get; init; } = DefinitionJson.CurrentSchemaVersion;

    public string Id { get; init; } = string.Empty;

    public int Version { get; init; }

    public LocalizedText? Title { get; init; }

    public LocalizedText? Description { get; init; }

    public DefinitionReference? Extends { get; init; }

    public IReadOnlyList<OverlayPatch> Patches { get; init; } = [];
}

/// <summary>Names one published version of a definition.</summary>
public sealed record DefinitionReference
{
    public string Id { get; init; } = string.Empty;

    public int Version { get; init; }

    public override string ToString() => $"{Id}@{Version}";
}

using System.Text.Json;

namespace ConsultEngine.Abstractions;

/// <summary>
/// Everything a tool knows about the step it serves in one call: which consultation and step, the
/// step's config, the instance's variables, who acts, and the host's services. The stores are scoped
/// to this instance and step: a tool cannot read or write another step's data.
/// </summary>
public sealed class ToolContext
{
    public required Guid InstanceId { get; init; }

    public required string StepId { get; init; }

    public required string DefinitionId { get; init; }

    public required int DefinitionVersion { get; init; }

    /// <summary>The step's <c>config</c> object, already valid against the manifest's config schema.</summary>
    public required JsonElement Config { get; init; }

    /// <summary>The instance's variables (a JSON object).</summary>
    public required JsonElement Variables { get; init; }

    /// <summary>Who acts: a user name for staff, <see langword="null"/> for an anonymous member of the public.</summary>
    public string? Actor { get; init; }

    /// <summary>The interface language of the caller (<c>vi</c> or <c>en</c>).</summary>
    public string Language { get; init; } = "vi";

    public required IToolInputs Inputs { get; init; }

    public required IToolRecords Records { get; init; }

    public required IToolScripts Scripts { get; init; }

    public required IIdentifierHasher Identifiers { get; init; }

    public required TimeProvider Clock { get; init; }

    /// <summary>The time now, from <see cref="Clock"/>.</summary>
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>A config property as a string, or <see langword="null"/>.</summary>
    public string? ConfigString(string name) =>
        Config.ValueKind == JsonValueKind.Object && Config.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A config property as a boolean, or <paramref name="fallback"/>.</summary>
    public bool ConfigBool(string name, bool fallback = false) =>
        Config.ValueKind == JsonValueKind.Object && Config.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : fallback;

    /// <summary>A config property as an integer, or <paramref name="fallback"/>.</summary>
    public int ConfigInt(string name, int fallback = 0) =>
        Config.ValueKind == JsonValueKind.Object && Config.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : fallback;
}

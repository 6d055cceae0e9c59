using System.Text.Json.Serialization;

namespace ConsultEngine.Definitions.Model;

/// <summary>
/// A versioned consultation process: the document the engine runs, the designer edits and the
/// testing harness replays. Published versions are immutable; a change is a new version.
/// </summary>
public sealed record ProcessDefinition
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public int SchemaVersion { get; init; } = DefinitionJson.CurrentSchemaVersion;

    public string Id { get; init; } = string.Empty;

    public int Version { get; init; }

    public LocalizedText? Title { get; init; }

    public LocalizedText? Description { get; init; }

    public IReadOnlyList<RoleDefinition> Roles { get; init; } = [];

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    /// <summary>Named JavaScript sources; steps use them as <c>rules.name</c> in guards and checks.</summary>
    public IReadOnlyDictionary<string, string> Rules { get; init; } = new Dictionary<string, string>();

    /// <summary>Forms that human steps collect, by id; each holds a JSON Schema of the output.</summary>
    public IReadOnlyDictionary<string, FormDefinition> Forms { get; init; } = new Dictionary<string, FormDefinition>();

    public IReadOnlyList<PhaseDefinition> Phases { get; init; } = [];

    /// <summary>The draft structure of the consultation report, prepared in phase 1.</summary>
    public ReportStructure? Report { get; init; }

    /// <summary>Every step of every phase, in document order.</summary>
    public IEnumerable<StepDefinition> AllSteps() => Phases.SelectMany(p => p.Steps);
}

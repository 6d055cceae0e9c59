using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ConsultEngine.Testing;

/// <summary>
/// A scripted consultation, as a JSON file: which definition, how it starts, and the actions that
/// follow — complete a step, feed a tool's results, let time pass, check where it stands.
/// </summary>
public sealed record Scenario
{
    /// <summary>The definition to run: <c>id@version</c>, found in the catalog (an overlay runs resolved).</summary>
    public string Definition { get; init; } = string.Empty;

    public string? Description { get; init; }

    public ScenarioStart? Start { get; init; }

    public IReadOnlyList<ScenarioAction> Actions { get; init; } = [];

    public static Scenario Parse(string json) =>
        JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new JsonException("The scenario is the JSON literal null.");

    public static Scenario Load(string path) => Parse(File.ReadAllText(path));

    internal static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}

public sealed record ScenarioStart
{
    public JsonObject? Variables { get; init; }

    public string? Title { get; init; }

    /// <summary>Who starts the consultation; <c>tester</c> when not given.</summary>
    public string? Actor { get; init; }

    /// <summary>The start moment; defaults to <see cref="ManualClock.DefaultStart"/>.</summary>
    public DateTimeOffset? At { get; init; }
}

/// <summary>One action: exactly one of <see cref="Complete"/>, <see cref="Tool"/>, <see cref="Advance"/>, <see cref="Expect"/>.</summary>
public sealed record ScenarioAction
{
    /// <summary>Complete this waiting step.</summary>
    public string? Complete { get; init; }

    /// <summary>Close this tool step with <see cref="Results"/>.</summary>
    public string? Tool { get; init; }

    /// <summary>Let this ISO 8601 duration pass, firing timers on the way.</summary>
    public string? Advance { get; init; }

    public ScenarioExpectation? Expect { get; init; }

    public string? Outcome { get; init; }

    public JsonNode? Output { get; init; }

    public JsonNode? Results { get; init; }

    public string? Actor { get; init; }

    /// <summary>The code the action must be refused with (for example <c>CE8008</c>); the run goes on after it.</summary>
    public string? ExpectError { get; init; }

    public string? Comment { get; init; }
}

/// <summary>Where the consultation must stand at this point of the scenario.</summary>
public sealed record ScenarioExpectation
{
    public IReadOnlyList<string>? Waiting { get; init; }

    public string? Status { get; init; }

    public string? Phase { get; init; }

    /// <summary>Steps and the status they must have: <c>{ "monitor-contractors": "skipped" }</c>.</summary>
    public IReadOnlyDictionary<string, string>? Steps { get; init; }
}

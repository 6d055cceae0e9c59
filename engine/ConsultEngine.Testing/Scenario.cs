using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ConsultEngine.Definitions.Validation;

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

    /// <summary>
    /// Reads a scenario and checks its shape, so that a mistake fails here with the JSON path of
    /// the value instead of running as an action that silently does nothing.
    /// </summary>
    /// <exception cref="JsonException">The text is not JSON, has a member the scenario does not know, or an action is malformed; <see cref="JsonException.Path"/> points at it.</exception>
    public static Scenario Parse(string json)
    {
        var scenario = JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new JsonException("The scenario is the JSON literal null.", "$", null, null);
        Check(scenario);
        return scenario;
    }

    /// <summary>Reads a scenario file; a parse error names the file.</summary>
    public static Scenario Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (JsonException error)
        {
            throw new JsonException($"{Path.GetFileName(path)}: {error.Message}", error.Path, error.LineNumber, error.BytePositionInLine, error);
        }
    }

    private static void Check(Scenario scenario)
    {
        var at = scenario.Definition.LastIndexOf('@');
        if (at <= 0 || !int.TryParse(scenario.Definition.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw Problem("$.definition", $"'definition' must name a definition as id@version (for example hdnd.standard@1), not '{scenario.Definition}'.");
        }

        for (var i = 0; i < scenario.Actions.Count; i++)
        {
            var action = scenario.Actions[i];
            var path = $"$.actions[{i}]";
            var verbs = new[] { action.Complete, action.Tool, action.Advance, action.Expect is null ? null : "expect" }.Count(v => v is not null);
            if (verbs != 1)
            {
                throw Problem(path, $"action {i + 1} must do exactly one of complete, tool, advance, expect; it does {verbs}.");
            }

            if (action.Advance is { } advance && !IsoDuration.TryParse(advance, out _))
            {
                throw Problem(path + ".advance", $"action {i + 1}: '{advance}' is not an ISO 8601 duration such as P30D.");
            }

            if (action.Results is not null && action.Tool is null)
            {
                throw Problem(path + ".results", $"action {i + 1}: 'results' go with 'tool'; a human step takes 'output'.");
            }

            if (action.Output is not null && action.Complete is null)
            {
                throw Problem(path + ".output", $"action {i + 1}: 'output' goes with 'complete'; a tool step takes 'results'.");
            }

            if (action.Outcome is not null && action.Complete is null && action.Tool is null)
            {
                throw Problem(path + ".outcome", $"action {i + 1}: 'outcome' goes with 'complete' or 'tool'.");
            }

            if (action.ExpectError is not null && (action.Expect is not null || action.Advance is not null))
            {
                throw Problem(path + ".expectError", $"action {i + 1}: only a 'complete' or 'tool' action can be refused.");
            }
        }
    }

    private static JsonException Problem(string path, string message) => new($"{message} Path: {path}.", path, null, null);

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

using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Testing;
using ConsultEngine.Testing.Guided;

namespace ConsultEngine.Web.Designer.Simulation;

/// <summary>
/// What a simulation answers, for the designer's panel and the API alike: the journal (times are
/// offsets from the start, <c>+P3D</c>), the final state of every step of the definition (pending when
/// never reached), incidents and refusals with their codes, and why the run stopped early if it did.
/// </summary>
public sealed record SimulationAnswer(
    string DefinitionId,
    int Version,
    bool Completed,
    string? Status,
    string? Phase,
    bool ChainVerifies,
    GuidedStop? Stop,
    int StepsTaken,
    IReadOnlyList<SimulationEntry> Journal,
    IReadOnlyList<SimulationStepState> Steps,
    IReadOnlyList<SimulationIncident> Incidents,
    IReadOnlyList<GuidedRefusal> Refusals,
    IReadOnlyList<string> UncheckedSteps,
    Scenario Scenario)
{
    public static SimulationAnswer From(ProcessDefinition definition, GuidedRunResult result)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(result);
        var run = result.Run;
        var states = run?.Steps ?? new Dictionary<string, string>();
        return new SimulationAnswer(
            definition.Id,
            definition.Version,
            result.Completed,
            run?.Status,
            run?.Phase,
            run?.ChainVerifies ?? false,
            result.Stop,
            result.StepsTaken,
            [.. (run?.Journal ?? []).Select(SimulationEntry.From)],
            [.. definition.AllSteps().Select(s => SimulationStepState.Parse(s.Id, states.GetValueOrDefault(s.Id)))],
            [.. (run?.Incidents ?? []).Select(SimulationIncident.Parse)],
            result.Refusals,
            result.UncheckedSteps,
            result.Scenario);
    }
}

/// <summary>One journal entry: when (offset from the start), what, which step, who, the outcome, and the event's data.</summary>
public sealed record SimulationEntry(long Seq, string At, string Event, string? Step, int? Iteration, string? Actor, string? Outcome, JsonNode? Data)
{
    public static SimulationEntry From(NormalizedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var outcome = entry.Data is JsonObject data && data["outcome"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        return new SimulationEntry(entry.Seq, entry.At, entry.Event, entry.Step, entry.Iteration, entry.Actor, outcome, entry.Data);
    }
}

/// <summary>Where a step ended: its status (<c>pending</c> when never reached), the iteration and the outcome.</summary>
public sealed record SimulationStepState(string Step, string Status, int Iteration, string? Outcome)
{
    /// <summary>Reads the normalised form <c>completed#2 (selected)</c>.</summary>
    public static SimulationStepState Parse(string step, string? state)
    {
        if (string.IsNullOrEmpty(state))
        {
            return new SimulationStepState(step, "pending", 0, null);
        }

        var space = state.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? state : state[..space];
        var outcome = space < 0 ? null : state[(space + 1)..].Trim('(', ')');
        var hash = head.IndexOf('#', StringComparison.Ordinal);
        var iteration = hash < 0 ? 0 : int.Parse(head[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return new SimulationStepState(step, hash < 0 ? head : head[..hash], iteration, outcome);
    }
}

/// <summary>An incident the run raised: when, its code, the step, and whether it was resolved.</summary>
public sealed record SimulationIncident(string At, string Code, string? Step, bool Resolved)
{
    /// <summary>Reads the normalised form <c>+P3D CE8011 step-id [resolved]</c>.</summary>
    public static SimulationIncident Parse(string incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var parts = incident.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new SimulationIncident(
            parts.ElementAtOrDefault(0) ?? string.Empty,
            parts.ElementAtOrDefault(1) ?? string.Empty,
            parts.ElementAtOrDefault(2),
            parts.Length > 3 && parts[3] == "resolved");
    }
}

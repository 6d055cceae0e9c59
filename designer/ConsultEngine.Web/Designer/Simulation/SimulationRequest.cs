using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Testing.Guided;

namespace ConsultEngine.Web.Designer.Simulation;

/// <summary>
/// The body of <c>POST /api/definitions/{id}/simulate</c>: a definition document to run
/// (<see cref="Definition"/>) or a stored version (<see cref="Version"/>, 0 the draft; the newest
/// published when neither is given), and the scenario.
/// </summary>
public sealed record SimulationRequest
{
    public int? Version { get; init; }

    public JsonElement? Definition { get; init; }

    public SimulationScenario? Scenario { get; init; }
}

/// <summary>How the simulated consultation starts and goes: the API's form of <see cref="GuidedScenario"/>.</summary>
public sealed record SimulationScenario
{
    public JsonObject? Variables { get; init; }

    public string? Title { get; init; }

    /// <summary>By step id: the outcomes to give each time it waits (then its default path, or the last one again with <c>repeat</c>), and an output to submit.</summary>
    public IReadOnlyDictionary<string, GuidedChoice>? Steps { get; init; }

    /// <summary>Check even empty outputs against the steps' forms and checks (off: only given outputs are checked).</summary>
    public bool CheckAllOutputs { get; init; }

    /// <summary>Simulated time before each completion (ISO 8601, default P1D).</summary>
    public string? StepTime { get; init; }

    /// <summary>The most steps the run may take (default 500, at most 5,000).</summary>
    public int? MaxSteps { get; init; }

    /// <summary>The most wall-clock seconds the run may take (default 10, at most 30).</summary>
    public double? TimeLimitSeconds { get; init; }

    public GuidedScenario ToGuided() => new()
    {
        Variables = Variables,
        Title = Title,
        Steps = Steps ?? new Dictionary<string, GuidedChoice>(StringComparer.Ordinal),
        CheckAllOutputs = CheckAllOutputs,
        StepTime = StepTime ?? "P1D",
        MaxSteps = MaxSteps ?? GuidedLimits.DefaultMaxSteps,
        TimeLimit = TimeLimitSeconds is { } seconds && double.IsFinite(seconds) && seconds < int.MaxValue
            ? TimeSpan.FromSeconds(seconds)
            : GuidedLimits.DefaultTimeLimit,
    };
}

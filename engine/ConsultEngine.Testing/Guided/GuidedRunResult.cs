using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Testing.Guided;

/// <summary>
/// What a guided run did: the normalised journal and final state (null when it could not start),
/// why it stopped early (null when the consultation ended), every refused completion, the steps
/// whose outputs were not checked, and the run as a scenario of the engine's model to replay.
/// </summary>
public sealed record GuidedRunResult(
    NormalizedRun? Run,
    GuidedStop? Stop,
    IReadOnlyList<GuidedRefusal> Refusals,
    IReadOnlyList<string> UncheckedSteps,
    int StepsTaken,
    Scenario Scenario)
{
    /// <summary>The consultation ran to its end with nothing refused.</summary>
    public bool Completed => Stop is null && Run?.Status == "completed" && Refusals.Count == 0;
}

/// <summary>Why the run stopped before the consultation ended, with the code of the reason.</summary>
public sealed record GuidedStop(string Code, string Message, string? StepId = null);

/// <summary>A command the engine refused during the run, with the engine's code and each problem.</summary>
public sealed record GuidedRefusal(string? StepId, int? Iteration, string Code, string Message, IReadOnlyList<ToolProblem> Problems, JsonNode? Output = null);

using System.Text.Json.Nodes;

namespace ConsultEngine.Testing.Guided;

/// <summary>
/// A consultation to drive without a script: how it starts, and for the steps that matter the
/// outcomes (and outputs) to give; every other waiting step takes its default path. Limits make a
/// looping or broken definition end with a code instead of running on.
/// </summary>
public sealed record GuidedScenario
{
    /// <summary>The consultation's variables (the issue and the like); the definition's defaults fill the rest.</summary>
    public JsonObject? Variables { get; init; }

    public string? Title { get; init; }

    /// <summary>What to do at a step, by step id; a step not named takes its default path.</summary>
    public IReadOnlyDictionary<string, GuidedChoice> Steps { get; init; } = new Dictionary<string, GuidedChoice>(StringComparer.Ordinal);

    /// <summary>
    /// Whether an output must satisfy the step's form and checks even when none was given. Off by
    /// default: a path is explored with empty outputs, and only the outputs given are checked.
    /// </summary>
    public bool CheckAllOutputs { get; init; }

    /// <summary>How much simulated time passes before each completion (ISO 8601); due dates fire on the way.</summary>
    public string StepTime { get; init; } = "P1D";

    /// <summary>The most completions and timer jumps the run may take (CE8601 beyond).</summary>
    public int MaxSteps { get; init; } = GuidedLimits.DefaultMaxSteps;

    /// <summary>The most wall-clock time the run may take (CE8602 beyond).</summary>
    public TimeSpan TimeLimit { get; init; } = GuidedLimits.DefaultTimeLimit;
}

/// <summary>What a waiting step is completed with.</summary>
public sealed record GuidedChoice
{
    /// <summary>The outcome for each time the step waits (first, second, ...); past the list the default path, unless <see cref="Repeat"/>.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>Give the last outcome of <see cref="Outcomes"/> every further time (a route back that is always taken loops).</summary>
    public bool Repeat { get; init; }

    /// <summary>The output (a tool step's results) to submit; checked against the step's form and checks.</summary>
    public JsonNode? Output { get; init; }
}

/// <summary>The bounds of a guided run.</summary>
public static class GuidedLimits
{
    public const int DefaultMaxSteps = 500;

    /// <summary>The most a caller may ask for.</summary>
    public const int MaxMaxSteps = 5_000;

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan MaxTimeLimit = TimeSpan.FromSeconds(30);
}

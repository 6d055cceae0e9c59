using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Tools;

/// <summary>Where a tool step stands in its lifecycle.</summary>
public enum ToolStepStatus
{
    /// <summary>The engine has not reached the step (or skipped or cancelled it).</summary>
    NotReached,

    /// <summary>The engine waits on the step but the tool has not opened it yet (it opens on first use).</summary>
    NotOpened,

    /// <summary>Open: submissions are taken.</summary>
    Collecting,

    /// <summary>Collection ended but the engine's step is not completed yet (a close to finish).</summary>
    Closed,

    /// <summary>Closed and the engine's step completed with the tool's results.</summary>
    Completed,
}

/// <summary>A tool step: which tool serves it and where its lifecycle stands.</summary>
public sealed record ToolStepView(Guid InstanceId, string StepId, string StepType, string ToolId, string ToolVersion, ToolStepStatus Status, int Iteration)
{
    public DateTimeOffset? OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>
/// What became of one submission. <see cref="Problems"/> holds the tool's problems (warnings of an
/// accepted submission, errors of a refused one) and a CE9103 problem for each input refused because
/// its unique key is taken.
/// </summary>
public sealed record SubmitResult(bool Accepted, IReadOnlyList<Guid> Stored, IReadOnlyList<ToolProblem> Problems)
{
    /// <summary>The codes of <see cref="Problems"/>, in order.</summary>
    public IReadOnlyList<string> Codes => [.. Problems.Select(p => p.Code)];

    /// <summary>Whether the <see cref="SubmissionCompanions"/> passed with the submission were committed with its input.</summary>
    public bool CompanionsWritten { get; init; }
}

/// <summary>A closed tool step: the tool's analysis and the summary the engine's step completed with.</summary>
public sealed record CloseResult(ToolAnalysis Analysis, JsonObject Output);

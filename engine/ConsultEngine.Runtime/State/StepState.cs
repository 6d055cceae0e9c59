namespace ConsultEngine.Runtime.State;

/// <summary>
/// The state of one step of one instance. A step that has never been reached has no row and is
/// <see cref="StepStatus.Pending"/>. <see cref="Iteration"/> counts activations: a loop back runs a
/// step again as a new iteration, and the journal keeps every one.
/// </summary>
public sealed record StepState
{
    public string StepId { get; init; } = string.Empty;

    public StepStatus Status { get; init; }

    public int Iteration { get; init; }

    /// <summary>Whether the step completed in a way that lets the steps waiting for it go on (no route elsewhere).</summary>
    public bool Released { get; init; }

    public string? Outcome { get; init; }

    public string? OutputJson { get; init; }

    public string? Actor { get; init; }

    public DateTimeOffset? ActivatedAt { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public static StepState Pending(string stepId) => new() { StepId = stepId, Status = StepStatus.Pending };

    public bool IsFinal => Status is StepStatus.Completed or StepStatus.Skipped or StepStatus.Cancelled;

    /// <summary>Done for the steps that wait on it: skipped, or completed without routing elsewhere.</summary>
    public bool Satisfies => Status == StepStatus.Skipped || (Status == StepStatus.Completed && Released);
}

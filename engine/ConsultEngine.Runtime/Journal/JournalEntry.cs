namespace ConsultEngine.Runtime.Journal;

/// <summary>
/// One event in the append-only journal of an instance. Each entry's <see cref="Hash"/> covers its
/// content and the previous entry's hash, so changing or removing any entry breaks the chain.
/// </summary>
public sealed record JournalEntry
{
    public Guid InstanceId { get; init; }

    /// <summary>1-based position in the instance's journal.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>What happened, from <see cref="JournalEvents"/>.</summary>
    public string Event { get; init; } = string.Empty;

    public string? StepId { get; init; }

    public int? Iteration { get; init; }

    /// <summary>Who did it: a user for human steps, <c>engine</c> for the engine's own moves.</summary>
    public string? Actor { get; init; }

    /// <summary>Event details as a JSON object (an outcome, an output, a guard's value...).</summary>
    public string? DataJson { get; init; }

    public string PreviousHash { get; init; } = JournalHasher.Genesis;

    public string Hash { get; init; } = string.Empty;
}

/// <summary>The names of journal events.</summary>
public static class JournalEvents
{
    public const string InstanceStarted = "instance-started";
    public const string PhaseStarted = "phase-started";
    public const string PhaseCompleted = "phase-completed";
    public const string StepActivated = "step-activated";
    public const string StepWaiting = "step-waiting";
    public const string StepCompleted = "step-completed";
    public const string StepSkipped = "step-skipped";
    public const string StepFailed = "step-failed";
    public const string StepCancelled = "step-cancelled";
    public const string RouteTaken = "route-taken";
    public const string StepReset = "step-reset";
    public const string NotificationQueued = "notification-queued";
    public const string TimerElapsed = "timer-elapsed";
    public const string EscalationRaised = "escalation-raised";
    public const string IncidentRaised = "incident-raised";
    public const string IncidentResolved = "incident-resolved";
    public const string InstanceSuspended = "instance-suspended";
    public const string InstanceResumed = "instance-resumed";
    public const string InstanceCancelled = "instance-cancelled";
    public const string InstanceCompleted = "instance-completed";
    public const string InstanceMigrated = "instance-migrated";
    public const string ToolStepAssigned = "tool-step-assigned";
    public const string ToolStepUnassigned = "tool-step-unassigned";
    public const string PersonalDataExported = "personal-data-exported";
}

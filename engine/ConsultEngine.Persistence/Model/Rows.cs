using ConsultEngine.Runtime.State;

namespace ConsultEngine.Persistence.Model;

// The tables' rows. They mirror the runtime's records one to one; the child rows add the instance
// id that the runtime keeps implicit. Mutable classes because EF Core materialises them; nothing
// outside this assembly sees them (RowMapping converts at the boundary).

internal sealed class InstanceRow
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = string.Empty;

    public int DefinitionVersion { get; set; }

    public string? Title { get; set; }

    public InstanceStatus Status { get; set; }

    public string VariablesJson { get; set; } = "{}";

    public int PhaseIndex { get; set; }

    public int PhaseOpenSteps { get; set; }

    public int PhaseOpenRoutes { get; set; }

    public long Revision { get; set; }

    public long JournalLength { get; set; }

    public string JournalHead { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class StepStateRow
{
    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    public StepStatus Status { get; set; }

    public int Iteration { get; set; }

    public bool Released { get; set; }

    public string? Outcome { get; set; }

    public string? OutputJson { get; set; }

    public string? Actor { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

internal sealed class JournalRow
{
    public Guid InstanceId { get; set; }

    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public string Event { get; set; } = string.Empty;

    public string? StepId { get; set; }

    public int? Iteration { get; set; }

    public string? Actor { get; set; }

    public string? DataJson { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}

internal sealed class BookmarkRow
{
    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    public int Iteration { get; set; }

    public string StepType { get; set; } = string.Empty;

    public string? Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }
}

internal sealed class TimerRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    public int Iteration { get; set; }

    public TimerKind Kind { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>The node firing the timer; other nodes leave it alone until <see cref="ClaimedUntil"/> (a lease, so a crashed node's claim lapses).</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }
}

internal sealed class OutboxRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string? StepId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string PayloadJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeadAt { get; set; }

    /// <summary>The node sending the message; other nodes leave it alone until <see cref="ClaimedUntil"/> (a lease, so a crashed node's claim lapses).</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }
}

internal sealed class IncidentRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}

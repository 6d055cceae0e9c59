namespace ConsultEngine.Benchmarks.Durable.EfCorePeer;

/// <summary>A workflow instance as a plain EF Core host keeps it: a row with a revision that EF Core checks on save, and its steps.</summary>
internal sealed class PeerInstance
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = string.Empty;

    public string Status { get; set; } = PeerStatus.Running;

    /// <summary>A concurrency token: <c>SaveChanges</c> updates the row only if it still has the revision that was loaded.</summary>
    public long Revision { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<PeerStep> Steps { get; set; } = [];
}

/// <summary>One step's state, keyed by instance and step id.</summary>
internal sealed class PeerStep
{
    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    public int Position { get; set; }

    public string Status { get; set; } = PeerStatus.Pending;

    public string? Actor { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>An append-only record of one change, as the host's audit trail.</summary>
internal sealed class PeerJournalEntry
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Event { get; set; } = string.Empty;

    public string? StepId { get; set; }

    public string? Actor { get; set; }
}

internal static class PeerStatus
{
    public const string Pending = "pending";
    public const string Waiting = "waiting";
    public const string Completed = "completed";
    public const string Running = "running";
}

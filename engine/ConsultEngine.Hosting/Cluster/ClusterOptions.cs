namespace ConsultEngine.Hosting.Cluster;

/// <summary>
/// How this node claims work on a database several nodes share, bound from <see cref="SectionName"/>.
/// Due timers and outbox messages are claimed per row (<c>claimed_by</c>, <c>claimed_until</c>) so each is
/// handled by one node; a node that stops holding a claim leaves the row to the others when the lease ends.
/// On SQLite (one node) the claims still run, and these settings change nothing a user sees.
/// </summary>
public sealed class ClusterOptions
{
    public const string SectionName = ConsultEngineOptions.SectionName + ":Cluster";

    /// <summary>
    /// The name this node claims rows under, unique among the nodes (at most 100 characters). Unset: the
    /// machine's name, the process id and a random part, new at every start.
    /// </summary>
    public string? NodeId { get; set; }

    /// <summary>
    /// How long a claimed due timer is left to this node before another may take it. It only spreads the
    /// work: a timer fires once whatever the lease (the instance's revision decides).
    /// </summary>
    public int TimerClaimLeaseSeconds { get; set; } = 60;

    /// <summary>
    /// How long an outbox message claimed for sending is left to this node. A send is not idempotent: keep
    /// it well above the send timeout (<c>ConsultEngine:Outbox:SendTimeout</c>), which it is never shorter than.
    /// </summary>
    public int OutboxClaimLeaseSeconds { get; set; } = 120;
}

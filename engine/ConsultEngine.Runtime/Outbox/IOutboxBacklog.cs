namespace ConsultEngine.Runtime.Outbox;

/// <summary>
/// Counts the outbox messages not sent, for the backlog gauge. Stores that keep an outbox implement it beside
/// <see cref="IOutboxLedger"/>; one count query, never the messages themselves.
/// </summary>
public interface IOutboxBacklog
{
    Task<OutboxBacklog> CountBacklogAsync(CancellationToken cancellationToken = default);
}

/// <summary>Messages not sent: <see cref="Pending"/> (queued or waiting for a retry) and <see cref="DeadLettered"/> (given up).</summary>
public sealed record OutboxBacklog(long Pending, long DeadLettered);

using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Outbox;

/// <summary>
/// The outbox as a queue with retries: which messages are due, what a failed attempt left (its
/// attempt count, when to try again, the scrubbed error, whether it is dead-lettered), and an
/// administrator's hand retry of a dead-lettered message. The durable stores implement it beside
/// <see cref="Storage.IInstanceStore"/>.
/// </summary>
public interface IOutboxLedger
{
    /// <summary>Messages to try now, oldest first: not sent, not dead-lettered, and due (no next attempt set, or it has come).</summary>
    Task<IReadOnlyList<OutboxMessage>> FindDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>Marks the message sent (and counts the attempt).</summary>
    Task MarkDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt.</summary>
    Task RecordFailureAsync(OutboxFailure failure, CancellationToken cancellationToken = default);

    /// <summary>The messages not sent yet (queued, retrying and dead-lettered), dead-lettered first, then oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListUndeliveredAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>One message, sent or not; <see langword="null"/> when there is none with that id.</summary>
    Task<OutboxMessage?> FindMessageAsync(Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>Queues a dead-lettered message again with a fresh count of attempts; <see langword="false"/> when no dead-lettered message has that id.</summary>
    Task<bool> RetryDeadAsync(Guid messageId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Queues a message outside an advance (a one-time code a citizen asked for): committed on its own, its
    /// instance must exist. Everything else leaves through an advance's commit.
    /// </summary>
    Task QueueAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>Replaces a message's payload (erases what it held once delivered); <see langword="false"/> when there is no such message.</summary>
    Task<bool> ReplacePayloadAsync(Guid messageId, string payloadJson, CancellationToken cancellationToken = default);
}

/// <summary>What a failed attempt leaves on its message: <see cref="DeadAt"/> set means given up.</summary>
public sealed record OutboxFailure(Guid MessageId, int Attempts, string Error, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeadAt);

using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Outbox;

/// <summary>
/// An outbox shared by several nodes: a node claims a message before it sends it, for a lease that
/// outlasts one send, and records the outcome only while it still holds the claim. No two nodes send
/// a message at once; a node that dies holding a claim leaves the message to the others once the
/// lease has run out. The dispatcher uses it when its ledger offers it.
/// </summary>
public interface IOutboxClaims
{
    /// <summary>
    /// Claims up to <paramref name="max"/> due messages (not sent, not dead-lettered, due, held by no
    /// node or by a lapsed claim), oldest first, for this store's node until <paramref name="now"/> + <paramref name="lease"/>.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed message sent; <see langword="false"/> when this node no longer holds it (another node took it over).</summary>
    Task<bool> MarkClaimedDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt on a claimed message and releases it; <see langword="false"/> when this node no longer holds it.</summary>
    Task<bool> RecordClaimedFailureAsync(OutboxFailure failure, CancellationToken cancellationToken = default);
}

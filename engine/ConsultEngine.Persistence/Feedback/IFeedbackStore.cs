namespace ConsultEngine.Persistence.Feedback;

/// <summary>
/// Where the requests to be told the outcome wait (table <c>feedback_subscriptions</c>, apart from
/// the tool inputs), and the counts kept once the feedback was queued (<c>feedback_deliveries</c>).
/// The store does not validate contacts: the caller normalises them first.
/// </summary>
public interface IFeedbackStore
{
    Task AddAsync(FeedbackSubscription subscription, CancellationToken cancellationToken = default);

    /// <summary>The consultation's waiting requests, oldest first.</summary>
    Task<IReadOnlyList<FeedbackSubscription>> ListAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the request with <paramref name="token"/>; <see langword="false"/> when there is none.</summary>
    Task<bool> RemoveAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the requests whose feedback was queued and records their count, in one transaction.
    /// Idempotent: requests already deleted are not counted again.
    /// </summary>
    Task<FeedbackDelivery> ForgetQueuedAsync(Guid instanceId, string stepId, IReadOnlyCollection<Guid> subscriptionIds, DateTimeOffset queuedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every stored request whose message is already in the outbox (message id = request id),
    /// recording their count by consultation and step: what a process that died between queuing and
    /// deleting left behind. Of one consultation, or of all when <paramref name="instanceId"/> is null.
    /// Idempotent; the result is what this call recorded.
    /// </summary>
    Task<IReadOnlyList<FeedbackDelivery>> SweepQueuedAsync(Guid? instanceId = null, CancellationToken cancellationToken = default);

    /// <summary>The counts recorded for the consultation, oldest first.</summary>
    Task<IReadOnlyList<FeedbackDelivery>> DeliveriesAsync(Guid instanceId, CancellationToken cancellationToken = default);
}

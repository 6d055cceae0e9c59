using ConsultEngine.Persistence.Feedback;

namespace ConsultEngine.Hosting.Feedback;

/// <summary>
/// Citizens' requests to be told the outcome of a consultation. A host checks a request before it
/// hands the submission to the tool, and stores it only once the submission was accepted; the
/// request is kept apart from the opinion (see <see cref="FeedbackSubscription"/>).
/// </summary>
public interface IFeedbackSubscriptions
{
    /// <summary>Whether the consultation tells participants its outcome (the portal offers to be told only then).</summary>
    Task<bool> OffersAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Checks and normalises a request (CE8730–CE8733), and that the consultation offers it (CE8736).</summary>
    Task<NotifyContact> CheckAsync(Guid instanceId, NotifyRequest request, CancellationToken cancellationToken = default);

    /// <summary>Stores a checked request for the step the citizen answered; the result carries the token that withdraws it.</summary>
    Task<FeedbackSubscription> SubscribeAsync(Guid instanceId, string stepId, NotifyContact contact, CancellationToken cancellationToken = default);

    /// <summary>Withdraws a request by its token (CE8735 when there is none: used, or already sent and deleted).</summary>
    Task UnsubscribeAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>How many requests are waiting for the consultation (a count, never the contacts).</summary>
    Task<int> WaitingAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>The counts kept once feedback was queued.</summary>
    Task<IReadOnlyList<FeedbackDelivery>> DeliveriesAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>For staff: how many are waiting by channel, and what was queued (counts only, never a contact).</summary>
    Task<FeedbackCounts> CountsAsync(Guid instanceId, CancellationToken cancellationToken = default);
}

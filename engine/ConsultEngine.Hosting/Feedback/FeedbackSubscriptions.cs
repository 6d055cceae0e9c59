using System.Security.Cryptography;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Hosting.Feedback;

/// <summary>The requests to be told the outcome (see <see cref="IFeedbackSubscriptions"/>), kept by <see cref="IFeedbackStore"/>.</summary>
internal sealed class FeedbackSubscriptions(IFeedbackStore store, IInstanceStore instances, IDefinitionCatalog catalog, TimeProvider clock) : IFeedbackSubscriptions
{
    public async Task<bool> OffersAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        await instances.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } instance
        && catalog.Find(instance.DefinitionId, instance.DefinitionVersion) is { } definition
        && FeedbackSteps.Offers(definition);

    public async Task<NotifyContact> CheckAsync(Guid instanceId, NotifyRequest request, CancellationToken cancellationToken = default)
    {
        var contact = FeedbackContact.Check(request, instanceId);
        if (!await OffersAsync(instanceId, cancellationToken).ConfigureAwait(false))
        {
            throw new FeedbackException(FeedbackCodes.NotOffered, "This consultation does not tell participants its outcome.", instanceId);
        }

        return contact;
    }

    public async Task<FeedbackSubscription> SubscribeAsync(Guid instanceId, string stepId, NotifyContact contact, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stepId);
        ArgumentNullException.ThrowIfNull(contact);
        // A random id and the day only: a time-ordered id or the exact moment would let the contact be
        // matched to the input stored in the same second.
        var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var subscription = new FeedbackSubscription(Guid.NewGuid(), instanceId, stepId, contact.Channel, contact.Contact, contact.Language, today,
            Base64Url(RandomNumberGenerator.GetBytes(24)));
        await store.AddAsync(subscription, cancellationToken).ConfigureAwait(false);
        return subscription;
    }

    public async Task UnsubscribeAsync(string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || !await store.RemoveAsync(token.Trim(), cancellationToken).ConfigureAwait(false))
        {
            throw new FeedbackException(FeedbackCodes.SubscriptionNotFound, "There is no request to be told the outcome with this token.");
        }
    }

    public async Task<int> WaitingAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        (await store.ListAsync(instanceId, cancellationToken).ConfigureAwait(false)).Count;

    public Task<IReadOnlyList<FeedbackDelivery>> DeliveriesAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        store.DeliveriesAsync(instanceId, cancellationToken);

    public async Task<FeedbackCounts> CountsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var waiting = await store.ListAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var deliveries = await store.DeliveriesAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return new FeedbackCounts(
            waiting.Count(s => s.Channel == FeedbackChannel.Email),
            waiting.Count(s => s.Channel == FeedbackChannel.Phone),
            deliveries);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

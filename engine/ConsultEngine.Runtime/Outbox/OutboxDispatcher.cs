using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Runtime.Outbox;

/// <summary>Sends committed outbox messages in creation order and marks each one dispatched after it was sent.</summary>
public sealed class OutboxDispatcher(IInstanceStore store, IOutboxSender sender, TimeProvider clock)
{
    /// <summary>Dispatches up to <paramref name="max"/> messages; returns how many were sent. A failed send stops the batch and is retried next time.</summary>
    public async Task<int> DispatchAsync(int max, CancellationToken cancellationToken = default)
    {
        var sent = 0;
        foreach (var message in await store.FindUndispatchedAsync(max, cancellationToken).ConfigureAwait(false))
        {
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await store.MarkDispatchedAsync(message.Id, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            sent++;
        }

        return sent;
    }
}

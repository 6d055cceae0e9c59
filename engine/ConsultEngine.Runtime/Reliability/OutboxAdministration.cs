using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Reliability;

/// <summary>
/// What an administrator sees of the outbox and may do with it: the messages not sent yet (never
/// their payload) and a hand retry of a dead-lettered one.
/// </summary>
public sealed class OutboxAdministration(IOutboxLedger ledger, TimeProvider clock)
{
    public async Task<IReadOnlyList<OutboxEntry>> UndeliveredAsync(int max = 200, CancellationToken cancellationToken = default) =>
        [.. (await ledger.ListUndeliveredAsync(Math.Clamp(max, 1, 1000), cancellationToken).ConfigureAwait(false)).Select(OutboxEntry.Of)];

    /// <summary>Queues a dead-lettered message again (CE8053 when there is none, CE8054 when it is not dead-lettered).</summary>
    public async Task RetryAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        var message = await ledger.FindMessageAsync(messageId, cancellationToken).ConfigureAwait(false)
            ?? throw new OutboxException(ReliabilityCodes.MessageNotFound, messageId, $"No outbox message has the id {messageId}.");
        if (message.DispatchedAt is not null || message.DeadAt is null
            || !await ledger.RetryDeadAsync(messageId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            throw new OutboxException(ReliabilityCodes.MessageNotDead, messageId, $"The outbox message {messageId} is not dead-lettered.");
        }
    }
}

/// <summary>An outbox message as an administrator sees it: where it comes from and how its delivery goes, not what it says.</summary>
public sealed record OutboxEntry(
    Guid Id,
    Guid InstanceId,
    string? StepId,
    string Kind,
    DateTimeOffset CreatedAt,
    OutboxState State,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    DateTimeOffset? DeadAt)
{
    public static OutboxEntry Of(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var state = message.DeadAt is not null ? OutboxState.DeadLettered : message.Attempts > 0 ? OutboxState.Retrying : OutboxState.Queued;
        return new(message.Id, message.InstanceId, message.StepId, message.Kind, message.CreatedAt, state, message.Attempts, message.NextAttemptAt, message.LastError, message.DeadAt);
    }
}

public enum OutboxState
{
    Queued,
    Retrying,
    DeadLettered,
}

using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Storage;

/// <summary>The outbox queue with retries of the in-memory store.</summary>
public sealed partial class InMemoryInstanceStore : IOutboxLedger
{
    public Task<IReadOnlyList<OutboxMessage>> FindDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([.. _outbox.Values
                .Where(m => m.DispatchedAt is null && m.DeadAt is null && (m.NextAttemptAt is null || m.NextAttemptAt <= now))
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(max)]);
        }
    }

    public Task RecordFailureAsync(OutboxFailure failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (_gate)
        {
            if (_outbox.TryGetValue(failure.MessageId, out var message))
            {
                _outbox[failure.MessageId] = message with
                {
                    Attempts = failure.Attempts,
                    LastError = failure.Error,
                    NextAttemptAt = failure.NextAttemptAt,
                    DeadAt = failure.DeadAt,
                };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxMessage>> ListUndeliveredAsync(int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([.. _outbox.Values
                .Where(m => m.DispatchedAt is null)
                .OrderBy(m => m.DeadAt is null).ThenBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(max)]);
        }
    }

    public Task<OutboxMessage?> FindMessageAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_outbox.GetValueOrDefault(messageId));
        }
    }

    public Task<bool> RetryDeadAsync(Guid messageId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_outbox.TryGetValue(messageId, out var message) || message.DispatchedAt is not null || message.DeadAt is null)
            {
                return Task.FromResult(false);
            }

            _outbox[messageId] = message with { Attempts = 0, DeadAt = null, NextAttemptAt = now };
            return Task.FromResult(true);
        }
    }

    public Task QueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            _outbox[message.Id] = message;
        }

        return Task.CompletedTask;
    }

    public Task<bool> ReplacePayloadAsync(Guid messageId, string payloadJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payloadJson);
        lock (_gate)
        {
            if (!_outbox.TryGetValue(messageId, out var message))
            {
                return Task.FromResult(false);
            }

            _outbox[messageId] = message with { PayloadJson = payloadJson };
            return Task.FromResult(true);
        }
    }
}

using ConsultEngine.Runtime.Outbox;

namespace ConsultEngine.Runtime.Storage;

/// <summary>The outbox backlog count of the in-memory store.</summary>
public sealed partial class InMemoryInstanceStore : IOutboxBacklog
{
    public Task<OutboxBacklog> CountBacklogAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            long pending = 0, dead = 0;
            foreach (var message in _outbox.Values)
            {
                if (message.DispatchedAt is not null)
                {
                    continue;
                }

                if (message.DeadAt is null)
                {
                    pending++;
                }
                else
                {
                    dead++;
                }
            }

            return Task.FromResult(new OutboxBacklog(pending, dead));
        }
    }
}

using ConsultEngine.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Storage;

/// <summary>The outbox backlog as one grouped count (at most two rows), for the backlog gauge.</summary>
public abstract partial class RelationalInstanceStore : IOutboxBacklog
{
    public async Task<OutboxBacklog> CountBacklogAsync(CancellationToken cancellationToken = default)
    {
        var groups = await ReadAsync(
            db => db.Outbox.AsNoTracking()
                .Where(m => m.DispatchedAt == null)
                .GroupBy(m => m.DeadAt == null)
                .Select(g => new BacklogGroup(g.Key, g.LongCount()))
                .AsAsyncEnumerable(),
            g => g,
            cancellationToken).ConfigureAwait(false);
        return new OutboxBacklog(
            groups.Where(g => g.Pending).Sum(g => g.Count),
            groups.Where(g => !g.Pending).Sum(g => g.Count));
    }

    private sealed record BacklogGroup(bool Pending, long Count);
}

using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Feedback;

/// <summary>
/// The requests to be told the outcome, beside the instance store's tables (SQLite or PostgreSQL). Each
/// change is one write transaction under the store's write lock (<see cref="SideStoreLock"/>). Open it
/// with <c>OpenAsync</c>.
/// </summary>
public sealed class SqliteFeedbackStore : IFeedbackStore, IAsyncDisposable
{
    private readonly SideStore _db;

    private SqliteFeedbackStore(SideStore db) => _db = db;

    /// <summary>Where the store lives.</summary>
    public DatabaseSelection Database => _db.Database;

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteFeedbackStore> OpenAsync(string databasePath, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        await SweptAsync(await SideStore.OpenSqliteAsync(databasePath, [SideStoreLock.Feedback], null, options, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>Opens the store in <paramref name="database"/> (SQLite or PostgreSQL) and migrates it to the current schema.</summary>
    public static async Task<SqliteFeedbackStore> OpenAsync(DatabaseSelection database, CancellationToken cancellationToken = default) =>
        await SweptAsync(await SideStore.OpenAsync(database, [SideStoreLock.Feedback], null, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    public Task AddAsync(FeedbackSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return UseAsync(context =>
        {
            context.Add(new FeedbackSubscriptionRow
            {
                Id = subscription.Id,
                InstanceId = subscription.InstanceId,
                StepId = subscription.StepId,
                Channel = subscription.Channel,
                Contact = subscription.Contact,
                Language = subscription.Language,
                CreatedAt = subscription.CreatedAt,
                Token = subscription.Token,
            });
            return Task.FromResult(true);
        }, write: true, cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackSubscription>> ListAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        // Swept first: a contact whose message is queued must neither be counted as waiting nor be queued again.
        await SweepQueuedAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await UseAsync<IReadOnlyList<FeedbackSubscription>>(async context =>
        {
            var rows = await context.Set<FeedbackSubscriptionRow>().AsNoTracking().Where(s => s.InstanceId == instanceId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);

            // Ordered here: SQLite keeps a Guid as text and PostgreSQL as a uuid, which sort differently.
            return [.. rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new FeedbackSubscription(r.Id, r.InstanceId, r.StepId, r.Channel, r.Contact, r.Language, r.CreatedAt, r.Token))];
        }, write: false, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> RemoveAsync(string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        return UseAsync(async context =>
            await context.Set<FeedbackSubscriptionRow>().Where(s => s.Token == token).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0,
            write: true, cancellationToken);
    }

    public Task<FeedbackDelivery> ForgetQueuedAsync(Guid instanceId, string stepId, IReadOnlyCollection<Guid> subscriptionIds, DateTimeOffset queuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stepId);
        ArgumentNullException.ThrowIfNull(subscriptionIds);
        var ids = subscriptionIds.ToList();
        return UseAsync(async context =>
        {
            var rows = context.Set<FeedbackSubscriptionRow>().Where(s => s.InstanceId == instanceId && ids.Contains(s.Id));
            var channels = await rows.Select(s => s.Channel).ToListAsync(cancellationToken).ConfigureAwait(false);
            await rows.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            if (ids.Count > 0 && channels.Count == 0)
            {
                // Already deleted (and counted) by the sweep or an earlier call: nothing to count twice.
                return new FeedbackDelivery(instanceId, stepId, 0, 0, queuedAt);
            }

            var row = new FeedbackDeliveryRow
            {
                InstanceId = instanceId,
                StepId = stepId,
                Emails = channels.Count(c => c == FeedbackChannel.Email),
                Phones = channels.Count(c => c == FeedbackChannel.Phone),
                QueuedAt = queuedAt,
            };
            context.Add(row);
            return ToRecord(row);
        }, write: true, cancellationToken);
    }

    public Task<IReadOnlyList<FeedbackDelivery>> DeliveriesAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        UseAsync<IReadOnlyList<FeedbackDelivery>>(async context =>
        {
            var rows = await context.Set<FeedbackDeliveryRow>().AsNoTracking().Where(d => d.InstanceId == instanceId)
                .OrderBy(d => d.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(ToRecord)];
        }, write: false, cancellationToken);

    public async Task<IReadOnlyList<FeedbackDelivery>> SweepQueuedAsync(Guid? instanceId = null, CancellationToken cancellationToken = default)
    {
        // A read first, so the usual case (nothing left behind) takes no write lock.
        var any = await UseAsync(context => QueuedContacts(context, instanceId).AnyAsync(cancellationToken), write: false, cancellationToken).ConfigureAwait(false);
        if (!any)
        {
            return [];
        }

        return await UseAsync<IReadOnlyList<FeedbackDelivery>>(async context =>
        {
            var queued = await QueuedContacts(context, instanceId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var ids = queued.Select(q => q.Id).ToList();
            await context.Set<FeedbackSubscriptionRow>().Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            var rows = queued.GroupBy(q => (q.InstanceId, q.StepId))
                .Select(g => new FeedbackDeliveryRow
                {
                    InstanceId = g.Key.InstanceId,
                    StepId = g.Key.StepId,
                    Emails = g.Count(q => q.Channel == FeedbackChannel.Email),
                    Phones = g.Count(q => q.Channel == FeedbackChannel.Phone),
                    QueuedAt = g.Min(q => q.QueuedAt),
                })
                .OrderBy(r => r.QueuedAt).ToList();
            context.AddRange(rows);
            return [.. rows.Select(ToRecord)];
        }, write: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored contacts whose message is already in the outbox (the message id is the subscription id), with the step that queued it.</summary>
    private static IQueryable<QueuedContact> QueuedContacts(ConsultDbContext context, Guid? instanceId) =>
        from s in context.Set<FeedbackSubscriptionRow>()
        join m in context.Set<OutboxRow>() on s.Id equals m.Id
        where instanceId == null || s.InstanceId == instanceId
        select new QueuedContact(s.Id, s.InstanceId, m.StepId ?? s.StepId, s.Channel, m.CreatedAt);

    private sealed record QueuedContact(Guid Id, Guid InstanceId, string StepId, FeedbackChannel Channel, DateTimeOffset QueuedAt);

    private static FeedbackDelivery ToRecord(FeedbackDeliveryRow row) => new(row.InstanceId, row.StepId, row.Emails, row.Phones, row.QueuedAt);

    private static async Task<SqliteFeedbackStore> SweptAsync(SideStore db, CancellationToken cancellationToken)
    {
        var store = new SqliteFeedbackStore(db);
        try
        {
            // A process that died between queuing the messages and deleting the contacts left them stored.
            await store.SweepQueuedAsync(null, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private Task<T> UseAsync<T>(Func<ConsultDbContext, Task<T>> work, bool write, CancellationToken cancellationToken) =>
        write ? _db.WriteAsync((context, _) => work(context), cancellationToken) : _db.ReadAsync(work, cancellationToken);
}

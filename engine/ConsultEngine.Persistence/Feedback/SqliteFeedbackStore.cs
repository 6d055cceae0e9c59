using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tools;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Feedback;

/// <summary>The requests to be told the outcome in the store's SQLite file. Each change is one <c>BEGIN IMMEDIATE</c> transaction. Open it with <see cref="OpenAsync"/>.</summary>
public sealed class SqliteFeedbackStore : IFeedbackStore, IAsyncDisposable
{
    private readonly SqliteStoreProvider _provider;
    private readonly SessionPool _sessions;

    private SqliteFeedbackStore(string databasePath, SqliteStoreOptions options)
    {
        _provider = new SqliteStoreProvider(databasePath, options);
        _sessions = new SessionPool(_provider, 2);
    }

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteFeedbackStore> OpenAsync(string databasePath, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var store = new SqliteFeedbackStore(Path.GetFullPath(databasePath), options ?? new SqliteStoreOptions());
        try
        {
            await store.UseAsync(async context =>
            {
                await store._provider.PrepareDatabaseAsync(context.Database.GetDbConnection(), cancellationToken).ConfigureAwait(false);
                await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }, write: false, cancellationToken).ConfigureAwait(false);

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

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

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
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => new FeedbackSubscription(r.Id, r.InstanceId, r.StepId, r.Channel, r.Contact, r.Language, r.CreatedAt, r.Token))];
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

    private async Task<T> UseAsync<T>(Func<ConsultDbContext, Task<T>> work, bool write, CancellationToken cancellationToken)
    {
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!write)
            {
                return await work(session.Context).ConfigureAwait(false);
            }

            await using var transaction = await _provider.BeginWriteAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            await session.Context.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
            var result = await work(session.Context).ConfigureAwait(false);
            await session.Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            // Not cancellable: once the rows are written, the outcome must not be left in doubt.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally
        {
            session.Context.ChangeTracker.Clear();
            if (write)
            {
                await session.Context.Database.UseTransactionAsync(null, CancellationToken.None).ConfigureAwait(false);
            }

            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }
    }
}

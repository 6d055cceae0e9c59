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

    public Task<IReadOnlyList<FeedbackSubscription>> ListAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        UseAsync<IReadOnlyList<FeedbackSubscription>>(async context =>
        {
            var rows = await context.Set<FeedbackSubscriptionRow>().AsNoTracking().Where(s => s.InstanceId == instanceId)
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => new FeedbackSubscription(r.Id, r.InstanceId, r.StepId, r.Channel, r.Contact, r.Language, r.CreatedAt, r.Token))];
        }, write: false, cancellationToken);

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

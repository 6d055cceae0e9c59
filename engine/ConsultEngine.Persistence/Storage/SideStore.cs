using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tools;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// The plumbing shared by the stores that keep their tables beside the instance store's (registers,
/// codebook, report versions, feedback, personal data, definitions, communes), on either provider:
/// opening and migrating the database, a small pool of sessions, reads, and changes that each run in
/// one write transaction holding the store's write lock, so what a change links to is read and
/// checked under the lock and a refusal it throws writes nothing.
/// </summary>
internal sealed class SideStore : IAsyncDisposable
{
    private readonly IStoreProvider _provider;
    private readonly SessionPool _sessions;
    private readonly TimeProvider _clock;
    private readonly SideStoreLock _lock;

    private SideStore(DatabaseSelection database, IStoreProvider provider, SideStoreLock writeLock, TimeProvider clock)
    {
        Database = database;
        _provider = provider;
        _sessions = new SessionPool(provider, 2);
        _lock = writeLock;
        _clock = clock;
    }

    /// <summary>Where the store lives.</summary>
    public DatabaseSelection Database { get; }

    public DatabaseProvider Provider => Database.Provider;

    /// <summary>The SQLite file (full path), or null on PostgreSQL.</summary>
    public string? DatabasePath => Database.SqlitePath;

    /// <summary>Opens (creating the SQLite file if needed) the database of <paramref name="database"/> and migrates it to the current schema.</summary>
    /// <param name="lockNames">The write locks a change takes on PostgreSQL (the store's own, and any other store's whose tables its changes read and then write).</param>
    public static Task<SideStore> OpenAsync(DatabaseSelection database, IReadOnlyList<string> lockNames, TimeProvider? clock, CancellationToken cancellationToken) =>
        OpenAsync(database, lockNames, clock, sqliteOptions: null, cancellationToken);

    /// <summary>Opens (creating if needed) the SQLite file at <paramref name="databasePath"/> with <paramref name="options"/>.</summary>
    public static Task<SideStore> OpenSqliteAsync(string databasePath, IReadOnlyList<string> lockNames, TimeProvider? clock, SqliteStoreOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return OpenAsync(DatabaseSelection.Resolve(nameof(DatabaseProvider.Sqlite), null, databasePath), lockNames, clock, options, cancellationToken);
    }

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    public async Task<T> ReadAsync<T>(Func<ConsultDbContext, Task<T>> read, CancellationToken cancellationToken)
    {
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await read(session.Context).ConfigureAwait(false);
        }
        finally
        {
            session.Context.ChangeTracker.Clear();
            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="change"/> under the write lock and commits what it added or changed; a refusal it throws writes nothing.</summary>
    public async Task<T> WriteAsync<T>(Func<ConsultDbContext, DateTimeOffset, Task<T>> change, CancellationToken cancellationToken)
    {
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            await _lock.TakeAsync(session.Connection, transaction, cancellationToken).ConfigureAwait(false);
            await session.Context.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
            var result = await change(session.Context, _clock.GetUtcNow()).ConfigureAwait(false);
            await session.Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            // Not cancellable: once the rows are written, the outcome must not be left in doubt.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally
        {
            session.Context.ChangeTracker.Clear();
            await session.Context.Database.UseTransactionAsync(null, CancellationToken.None).ConfigureAwait(false);
            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }
    }

    private static async Task<SideStore> OpenAsync(DatabaseSelection database, IReadOnlyList<string> lockNames, TimeProvider? clock, SqliteStoreOptions? sqliteOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(lockNames);
        IStoreProvider provider = database.Provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlStoreProvider(database.ConnectionString!)
            : new SqliteStoreProvider(database.SqlitePath!, sqliteOptions ?? new SqliteStoreOptions());
        var store = new SideStore(database, provider, SideStoreLock.For(database.Provider, lockNames), clock ?? TimeProvider.System);
        try
        {
            await store.ReadAsync(async context =>
            {
                await provider.PrepareDatabaseAsync(context.Database.GetDbConnection(), cancellationToken).ConfigureAwait(false);
                await context.Database.MigrateWhenPendingAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}

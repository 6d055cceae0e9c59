using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Tools;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Sqlite;

/// <summary>
/// The plumbing shared by the stores that keep their tables in the instance store's SQLite file
/// (registers, codebook, report versions): opening and migrating the file, a small pool of sessions,
/// reads, and changes that each run in one <c>BEGIN IMMEDIATE</c> transaction, so what a change links
/// to is read and checked under the write lock and a refusal it throws writes nothing.
/// </summary>
internal sealed class SqliteSideStore : IAsyncDisposable
{
    private readonly SqliteStoreProvider _provider;
    private readonly SessionPool _sessions;
    private readonly TimeProvider _clock;

    private SqliteSideStore(string databasePath, SqliteStoreOptions options, TimeProvider clock)
    {
        DatabasePath = databasePath;
        _provider = new SqliteStoreProvider(databasePath, options);
        _sessions = new SessionPool(_provider, 2);
        _clock = clock;
    }

    public string DatabasePath { get; }

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteSideStore> OpenAsync(string databasePath, TimeProvider? clock, SqliteStoreOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var store = new SqliteSideStore(Path.GetFullPath(databasePath), options ?? new SqliteStoreOptions(), clock ?? TimeProvider.System);
        try
        {
            await store.ReadAsync(async context =>
            {
                await store._provider.PrepareDatabaseAsync(context.Database.GetDbConnection(), cancellationToken).ConfigureAwait(false);
                await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
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
}

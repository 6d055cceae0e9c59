using ConsultEngine.Persistence.Storage;

namespace ConsultEngine.Persistence.Sqlite;

/// <summary>
/// The embedded durable store: one SQLite file per province, nothing to install. Open it with
/// <see cref="OpenAsync"/>, which creates the file if needed and applies the SQLite migrations.
/// Several stores (threads, processes) may share one file: writers queue on the write lock and
/// lose to each other only through <see cref="Runtime.ConcurrencyConflictException"/>.
/// </summary>
public sealed class SqliteInstanceStore : RelationalInstanceStore
{
    private SqliteInstanceStore(SqliteStoreOptions options, string databasePath)
        : base(new SqliteStoreProvider(databasePath, options), options.MaxIdleConnections, options.GroupCommit, options.NodeId)
    {
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteInstanceStore> OpenAsync(string databasePath, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var store = new SqliteInstanceStore(options ?? new SqliteStoreOptions(), Path.GetFullPath(databasePath));
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}

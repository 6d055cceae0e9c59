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
    private readonly SqliteStoreOptions _options;
    private WalFlusher? _flusher;

    private SqliteInstanceStore(SqliteStoreOptions options, string databasePath)
        : base(new SqliteStoreProvider(databasePath, options), options.MaxIdleConnections, options.GroupCommit, options.NodeId)
    {
        _options = options;
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    /// <summary>How many times the write-ahead log was synced beside the writers (see <see cref="WalFlusher"/>).</summary>
    internal long LogSyncs => _flusher?.Syncs ?? 0;

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteInstanceStore> OpenAsync(string databasePath, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var store = new SqliteInstanceStore(options ?? new SqliteStoreOptions(), Path.GetFullPath(databasePath));
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            if (store._options.SyncLogInBackground)
            {
                store._flusher = WalFlusher.Start(store.DatabasePath);
            }

            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private protected override async ValueTask DisposeProviderPartsAsync()
    {
        // A store may be disposed twice; the flusher stops once.
        if (Interlocked.Exchange(ref _flusher, null) is { } flusher)
        {
            await flusher.DisposeAsync().ConfigureAwait(false);
        }
    }
}

using ConsultEngine.Persistence.Storage;

namespace ConsultEngine.Persistence.PostgreSql;

/// <summary>
/// The instance store on PostgreSQL, for several nodes on one database. Open it with
/// <see cref="OpenAsync"/>, which applies the PostgreSQL migrations (the whole engine schema).
/// Several stores (threads, processes, nodes) may share the database: they lose to each other only
/// through <see cref="Runtime.ConcurrencyConflictException"/>.
/// </summary>
public sealed class PostgreSqlInstanceStore : RelationalInstanceStore
{
    private PostgreSqlInstanceStore(string connectionString, PostgreSqlStoreOptions options)
        : base(new PostgreSqlStoreProvider(connectionString), options.MaxIdleConnections, nodeId: options.NodeId)
    {
    }

    /// <summary>Opens the database that <paramref name="connectionString"/> names (it must exist) and migrates it to the current schema.</summary>
    public static async Task<PostgreSqlInstanceStore> OpenAsync(string connectionString, PostgreSqlStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var store = new PostgreSqlInstanceStore(connectionString, options ?? new PostgreSqlStoreOptions());
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

using System.Data.Common;
using ConsultEngine.Persistence.Model;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Everything that differs between database engines, kept behind one small seam: how to connect,
/// what to set on a connection, how a write transaction takes the write lock, and which context
/// (and so which migration set) describes the schema. The store above it is provider-neutral.
/// </summary>
internal interface IStoreProvider
{
    /// <summary>A new connection, not yet opened.</summary>
    DbConnection CreateConnection();

    /// <summary>Runs once on each connection right after it opens (session settings such as PRAGMAs).</summary>
    Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Runs once when a store opens, before migrating (database-wide settings such as the journal mode).</summary>
    Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Begins a transaction that holds the database's write lock from its first statement, so that
    /// two writers queue at the start instead of deadlocking when a read upgrades to a write.
    /// </summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> is the database refusing a write for lack of room (a full disk or size limit).</summary>
    bool IsStorageFull(Exception exception);

    /// <summary>
    /// What a claim's inner <c>SELECT</c> ends with so that two nodes claiming at once take different rows
    /// instead of queuing on the same ones (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL). Empty where one
    /// writer holds the whole database (SQLite): the claim is serial there anyway.
    /// </summary>
    string SkipLockedRows => string.Empty;

    /// <summary>
    /// Whether a session keeps one command per statement and re-binds its parameters (SQLite: the
    /// command holds the prepared statement). False where the driver prepares by statement text
    /// (Npgsql's automatic preparation): a fresh command per use is then as cheap and cannot carry
    /// a previous use's parameters.
    /// </summary>
    bool ReusesCommands => true;

    /// <summary>Runs on the migrating connection once the schema is current, so no statement prepared against the old schema survives.</summary>
    void SchemaChanged(DbConnection connection)
    {
    }

    /// <summary>The provider's context over an open connection it does not own.</summary>
    ConsultDbContext CreateContext(DbConnection connection);
}

using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Codebooks;

/// <summary>
/// The codebook beside the instance store's tables (SQLite or PostgreSQL) (<c>codebook_*</c> tables). Each change runs in one
/// write transaction under the store's write lock (<see cref="SideStoreLock"/>): the themes it names and the codings it depends on are read and
/// checked under the write lock. Open it with <c>OpenAsync</c>.
/// </summary>
public sealed partial class SqliteCodebookStore : ICodebookStore, IAsyncDisposable
{
    private readonly SideStore _db;

    private SqliteCodebookStore(SideStore db) => _db = db;

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? DatabasePath => _db.DatabasePath;

    /// <summary>Where the store lives.</summary>
    public DatabaseSelection Database => _db.Database;

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteCodebookStore> OpenAsync(string databasePath, TimeProvider? clock = null, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenSqliteAsync(databasePath, [SideStoreLock.Codebook], clock, options, cancellationToken).ConfigureAwait(false));

    /// <summary>Opens the store in <paramref name="database"/> (SQLite or PostgreSQL) and migrates it to the current schema.</summary>
    public static async Task<SqliteCodebookStore> OpenAsync(DatabaseSelection database, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenAsync(database, [SideStoreLock.Codebook], clock, cancellationToken).ConfigureAwait(false));

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private Task<T> ReadAsync<T>(Func<ConsultDbContext, Task<T>> read, CancellationToken cancellationToken) => _db.ReadAsync(read, cancellationToken);

    private Task<T> WriteAsync<T>(Func<ConsultDbContext, DateTimeOffset, Task<T>> change, CancellationToken cancellationToken) => _db.WriteAsync(change, cancellationToken);
}

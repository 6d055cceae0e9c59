using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tools;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Codebooks;

/// <summary>
/// The codebook in the instance store's SQLite file (<c>codebook_*</c> tables). Each change runs in one
/// <c>BEGIN IMMEDIATE</c> transaction: the themes it names and the codings it depends on are read and
/// checked under the write lock. Open it with <see cref="OpenAsync"/>.
/// </summary>
public sealed partial class SqliteCodebookStore : ICodebookStore, IAsyncDisposable
{
    private readonly SqliteSideStore _db;

    private SqliteCodebookStore(SqliteSideStore db) => _db = db;

    public string DatabasePath => _db.DatabasePath;

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteCodebookStore> OpenAsync(string databasePath, TimeProvider? clock = null, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SqliteSideStore.OpenAsync(databasePath, clock, options, cancellationToken).ConfigureAwait(false));

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private Task<T> ReadAsync<T>(Func<ConsultDbContext, Task<T>> read, CancellationToken cancellationToken) => _db.ReadAsync(read, cancellationToken);

    private Task<T> WriteAsync<T>(Func<ConsultDbContext, DateTimeOffset, Task<T>> change, CancellationToken cancellationToken) => _db.WriteAsync(change, cancellationToken);
}

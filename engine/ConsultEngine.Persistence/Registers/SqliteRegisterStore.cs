using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Registers;

/// <summary>
/// The registers beside the instance store's tables (SQLite or PostgreSQL) (<c>register_*</c> tables). Each change runs in
/// one write transaction under the store's write lock (<see cref="SideStoreLock"/>): what it links to is read and checked under the write lock,
/// so two members of staff (or two processes) never interleave. Open it with <c>OpenAsync</c>.
/// </summary>
public sealed partial class SqliteRegisterStore : IRegisterStore, IAsyncDisposable
{
    private readonly SideStore _db;

    private SqliteRegisterStore(SideStore db) => _db = db;

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? DatabasePath => _db.DatabasePath;

    /// <summary>Where the store lives.</summary>
    public DatabaseSelection Database => _db.Database;

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteRegisterStore> OpenAsync(string databasePath, TimeProvider? clock = null, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenSqliteAsync(databasePath, [SideStoreLock.Registers], clock, options, cancellationToken).ConfigureAwait(false));

    /// <summary>Opens the store in <paramref name="database"/> (SQLite or PostgreSQL) and migrates it to the current schema.</summary>
    public static async Task<SqliteRegisterStore> OpenAsync(DatabaseSelection database, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenAsync(database, [SideStoreLock.Registers], clock, cancellationToken).ConfigureAwait(false));

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private Task<T> ReadAsync<T>(Func<ConsultDbContext, Task<T>> read, CancellationToken cancellationToken) => _db.ReadAsync(read, cancellationToken);

    private Task<T> WriteAsync<T>(Func<ConsultDbContext, DateTimeOffset, Task<T>> change, CancellationToken cancellationToken) => _db.WriteAsync(change, cancellationToken);

    private static async Task RequireRecommendationAsync(ConsultDbContext context, Guid instanceId, string id, CancellationToken cancellationToken)
    {
        if (!await context.Set<RecommendationRow>().AnyAsync(r => r.InstanceId == instanceId && r.Id == id, cancellationToken).ConfigureAwait(false))
        {
            throw new RegisterException(RegisterCodes.RecommendationNotFound, $"The consultation has no recommendation '{id}'.", instanceId, id);
        }
    }

    private static async Task RequireDecisionAsync(ConsultDbContext context, Guid instanceId, string id, CancellationToken cancellationToken)
    {
        if (!await context.Set<DecisionRow>().AnyAsync(d => d.InstanceId == instanceId && d.Id == id, cancellationToken).ConfigureAwait(false))
        {
            throw new RegisterException(RegisterCodes.DecisionNotFound, $"The consultation has no decision '{id}'.", instanceId, id);
        }
    }
}

using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Definitions;

/// <summary>
/// Definition versions beside the instance store's tables (<c>definition_versions</c>, SQLite or
/// PostgreSQL). Each change runs in one write transaction under the store's write lock
/// (<see cref="SideStoreLock"/>): the definition's rows are read, the rules checked and the result
/// written under the lock, so two editors (or two processes, or two nodes) never interleave. Open it
/// with <c>OpenAsync</c>.
/// </summary>
public sealed class SqliteDefinitionStore : IDefinitionStore, IAsyncDisposable
{
    private readonly SideStore _db;

    private SqliteDefinitionStore(SideStore db) => _db = db;

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? DatabasePath => _db.DatabasePath;

    /// <summary>Where the store lives.</summary>
    public DatabaseSelection Database => _db.Database;

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteDefinitionStore> OpenAsync(string databasePath, TimeProvider? clock = null, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenSqliteAsync(databasePath, [SideStoreLock.Definitions], clock, options, cancellationToken).ConfigureAwait(false));

    /// <summary>Opens the store in <paramref name="database"/> (SQLite or PostgreSQL) and migrates it to the current schema.</summary>
    public static async Task<SqliteDefinitionStore> OpenAsync(DatabaseSelection database, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenAsync(database, [SideStoreLock.Definitions], clock, cancellationToken).ConfigureAwait(false));

    public Task<IReadOnlyList<StoredDefinitionVersion>> ListAsync(string? definitionId = null, bool withJson = false, CancellationToken cancellationToken = default) =>
        _db.ReadAsync<IReadOnlyList<StoredDefinitionVersion>>(async context =>
        {
            var rows = context.Set<DefinitionVersionRow>().AsQueryable();
            if (definitionId is not null)
            {
                rows = rows.Where(r => r.DefinitionId == definitionId);
            }

            if (!withJson)
            {
                // The texts are the bulk of the table; a listing does not need them.
                rows = rows.Select(r => new DefinitionVersionRow
                {
                    DefinitionId = r.DefinitionId, Version = r.Version, State = r.State, Kind = r.Kind, BaseId = r.BaseId, BaseVersion = r.BaseVersion,
                    TitleVi = r.TitleVi, TitleEn = r.TitleEn, Revision = r.Revision, BasedOnVersion = r.BasedOnVersion, Origin = r.Origin,
                    CreatedBy = r.CreatedBy, CreatedAt = r.CreatedAt, SavedBy = r.SavedBy, SavedAt = r.SavedAt,
                    PublishedBy = r.PublishedBy, PublishedAt = r.PublishedAt, RetiredBy = r.RetiredBy, RetiredAt = r.RetiredAt,
                });
            }

            // Ordered here, by code point: PostgreSQL's ORDER BY follows the database's collation, SQLite's does not.
            var list = await rows.ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. list.OrderBy(r => r.DefinitionId, StringComparer.Ordinal).ThenBy(r => r.Version).Select(r => r.ToRecord())];
        }, cancellationToken);

    public Task<StoredDefinitionVersion?> FindAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        return _db.ReadAsync(async context =>
        {
            var row = await context.Set<DefinitionVersionRow>()
                .FirstOrDefaultAsync(r => r.DefinitionId == definitionId && r.Version == version, cancellationToken).ConfigureAwait(false);
            return row?.ToRecord();
        }, cancellationToken);
    }

    public Task<StoredDefinitionVersion> CreateDraftAsync(string definitionId, string json, DefinitionHeader header, int? basedOnVersion, string origin, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(definitionId, h => h.CreateDraft(json, header, basedOnVersion, origin, actor), cancellationToken);

    public Task<StoredDefinitionVersion> SaveDraftAsync(string definitionId, long expectedRevision, string json, DefinitionHeader? header, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(definitionId, h => h.SaveDraft(expectedRevision, json, header, actor), cancellationToken);

    public Task<StoredDefinitionVersion> PublishDraftAsync(string definitionId, long expectedRevision, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(definitionId, h => h.Publish(expectedRevision, actor), cancellationToken);

    public Task<StoredDefinitionVersion> RetireAsync(string definitionId, int version, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(definitionId, h => h.Retire(version, actor), cancellationToken);

    public Task DiscardDraftAsync(string definitionId, long? expectedRevision, CancellationToken cancellationToken = default) =>
        ChangeAsync(definitionId, h =>
        {
            h.Discard(expectedRevision);
            return true;
        }, cancellationToken);

    public Task<SeedOutcome> SeedAsync(string definitionId, int version, string json, DefinitionHeader header, string origin, CancellationToken cancellationToken = default) =>
        ChangeAsync(definitionId, h => h.Seed(version, json, header, origin), cancellationToken);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private Task<T> ChangeAsync<T>(string definitionId, Func<DefinitionHistory, T> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        return _db.WriteAsync(async (context, now) =>
        {
            var set = context.Set<DefinitionVersionRow>();
            var rows = await set.AsTracking().Where(r => r.DefinitionId == definitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var history = new DefinitionHistory(definitionId, rows.Select(r => r.ToRecord()), now);
            var result = change(history);
            foreach (var version in history.Removed)
            {
                set.Remove(rows.Single(r => r.Version == version));
            }

            foreach (var record in history.Written)
            {
                var row = rows.Find(r => r.Version == record.Version && !history.Removed.Contains(r.Version));
                if (row is null)
                {
                    row = new DefinitionVersionRow();
                    set.Add(row);
                }

                row.CopyFrom(record);
            }

            return result;
        }, cancellationToken);
    }
}

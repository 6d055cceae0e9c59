using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Persistence.Tools;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Definitions;

/// <summary>
/// Definition versions in the instance store's SQLite file (<c>definition_versions</c>). Each change
/// runs in one <c>BEGIN IMMEDIATE</c> transaction: the definition's rows are read, the rules checked
/// and the result written under the write lock, so two editors (or two processes) never interleave.
/// Open it with <see cref="OpenAsync"/>.
/// </summary>
public sealed class SqliteDefinitionStore : IDefinitionStore, IAsyncDisposable
{
    private readonly SqliteStoreProvider _provider;
    private readonly SessionPool _sessions;
    private readonly TimeProvider _clock;

    private SqliteDefinitionStore(string databasePath, SqliteStoreOptions options, TimeProvider clock)
    {
        DatabasePath = databasePath;
        _provider = new SqliteStoreProvider(databasePath, options);
        _sessions = new SessionPool(_provider, 2);
        _clock = clock;
    }

    public string DatabasePath { get; }

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteDefinitionStore> OpenAsync(string databasePath, TimeProvider? clock = null, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var store = new SqliteDefinitionStore(Path.GetFullPath(databasePath), options ?? new SqliteStoreOptions(), clock ?? TimeProvider.System);
        try
        {
            var session = await store._sessions.RentAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await store._provider.PrepareDatabaseAsync(session.Connection, cancellationToken).ConfigureAwait(false);
                await session.Context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await store._sessions.ReturnAsync(session).ConfigureAwait(false);
            }

            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IReadOnlyList<StoredDefinitionVersion>> ListAsync(string? definitionId = null, bool withJson = false, CancellationToken cancellationToken = default)
    {
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = session.Context.Set<DefinitionVersionRow>().AsQueryable();
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

            var list = await rows.OrderBy(r => r.DefinitionId).ThenBy(r => r.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. list.Select(r => r.ToRecord())];
        }
        finally
        {
            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }
    }

    public async Task<StoredDefinitionVersion?> FindAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var row = await session.Context.Set<DefinitionVersionRow>()
                .FirstOrDefaultAsync(r => r.DefinitionId == definitionId && r.Version == version, cancellationToken).ConfigureAwait(false);
            return row?.ToRecord();
        }
        finally
        {
            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }
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

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    private async Task<T> ChangeAsync<T>(string definitionId, Func<DefinitionHistory, T> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            await session.Context.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
            var set = session.Context.Set<DefinitionVersionRow>();
            var rows = await set.AsTracking().Where(r => r.DefinitionId == definitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var history = new DefinitionHistory(definitionId, rows.Select(r => r.ToRecord()), _clock.GetUtcNow());
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

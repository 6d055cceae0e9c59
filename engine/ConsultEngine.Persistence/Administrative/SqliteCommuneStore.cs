using ConsultEngine.Definitions.Administrative;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Administrative;

/// <summary>
/// The communes beside the instance store's tables (SQLite or PostgreSQL). The database is opened and
/// migrated on first use, so the store can be created where no asynchronous call is possible (a DI
/// factory) without blocking.
/// </summary>
public sealed class SqliteCommuneStore : ICommuneStore, IAsyncDisposable
{
    private readonly Lazy<Task<SideStore>> _store;

    public SqliteCommuneStore(string databasePath, TimeProvider? clock = null, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        _store = new(() => SideStore.OpenSqliteAsync(databasePath, [SideStoreLock.Communes], clock, options, CancellationToken.None));
    }

    /// <summary>The store in <paramref name="database"/> (SQLite or PostgreSQL), opened on first use.</summary>
    public SqliteCommuneStore(DatabaseSelection database, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _store = new(() => SideStore.OpenAsync(database, [SideStoreLock.Communes], clock, CancellationToken.None));
    }

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteCommuneStore> OpenAsync(string databasePath, TimeProvider? clock = null, SqliteStoreOptions? options = null)
    {
        var store = new SqliteCommuneStore(databasePath, clock, options);
        await store._store.Value.ConfigureAwait(false);
        return store;
    }

    /// <summary>Opens the store in <paramref name="database"/> (SQLite or PostgreSQL) and migrates it to the current schema.</summary>
    public static async Task<SqliteCommuneStore> OpenAsync(DatabaseSelection database, TimeProvider? clock = null)
    {
        var store = new SqliteCommuneStore(database, clock);
        await store._store.Value.ConfigureAwait(false);
        return store;
    }

    public async Task<int> ImportAsync(string provinceCode, IReadOnlyList<Commune> communes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(communes);
        var province = Known(provinceCode);
        var store = await _store.Value.ConfigureAwait(false);
        return await store.WriteAsync(async (context, now) =>
        {
            await context.Set<CommuneRow>().Where(c => c.ProvinceCode == province.Code).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            context.AddRange(communes.Select((c, i) => new CommuneRow
            {
                ProvinceCode = province.Code,
                Code = c.Code,
                Name = c.Name,
                Kind = c.Kind,
                Position = i,
                ImportedAt = now,
            }));
            return communes.Count;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Commune>> ListAsync(string provinceCode, CancellationToken cancellationToken = default)
    {
        var province = Known(provinceCode);
        var store = await _store.Value.ConfigureAwait(false);
        return await store.ReadAsync<IReadOnlyList<Commune>>(async context =>
        {
            var rows = await context.Set<CommuneRow>().AsNoTracking().Where(c => c.ProvinceCode == province.Code)
                .OrderBy(c => c.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => new Commune(r.Code, r.Name, r.Kind))];
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store.IsValueCreated && _store.Value.IsCompletedSuccessfully)
        {
            await _store.Value.Result.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static Province Known(string provinceCode) =>
        Provinces.Find(provinceCode) ?? throw new CommuneImportException(AdministrativeCodes.ProvinceUnknown,
            $"'{provinceCode}' is not the code of one of the 34 provinces and centrally-run cities.", provinceCode);
}

/// <summary>Reading a CSV file into a store.</summary>
public static class CommuneStoreExtensions
{
    /// <summary>Parses <paramref name="csv"/> (<see cref="CommuneCsv"/>) and replaces the province's list; nothing is stored when the file has a problem.</summary>
    public static Task<int> ImportCsvAsync(this ICommuneStore store, string provinceCode, ReadOnlySpan<byte> csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Provinces.Find(provinceCode) is null)
        {
            throw new CommuneImportException(AdministrativeCodes.ProvinceUnknown,
                $"'{provinceCode}' is not the code of one of the 34 provinces and centrally-run cities.", provinceCode);
        }

        return store.ImportAsync(provinceCode, CommuneCsv.Parse(csv), cancellationToken);
    }
}

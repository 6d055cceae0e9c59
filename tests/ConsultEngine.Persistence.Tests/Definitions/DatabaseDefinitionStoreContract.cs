using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Definitions;

/// <summary>The contract on a real database (SQLite or PostgreSQL), and what only a database can show: reopening, and two stores (two processes or nodes) on one database.</summary>
public abstract class DatabaseDefinitionStoreContract(DatabaseProvider provider) : DefinitionStoreContract, IAsyncLifetime
{
    private ProviderDatabase _database = null!;
    private readonly List<SqliteDefinitionStore> _opened = [];

    protected override async Task<IDefinitionStore> StoreAsync() => await OpenAsync();

    [SkippableFact]
    public async Task ReopenedDatabase_HasEveryVersionDraftAndRevision()
    {
        await using (var first = await SqliteDefinitionStore.OpenAsync(_database.Selection, Clock))
        {
            await first.SeedAsync("hdnd.test", 1, V1, Header, "seed:test.json");
            await first.CreateDraftAsync("hdnd.test", V1, Header, 1, "designer", "lan");
            await first.PublishDraftAsync("hdnd.test", 1, "lan");
            await first.RetireAsync("hdnd.test", 1, "lan");
            await first.CreateDraftAsync("hdnd.test", "{ not yet json", Header, 2, "designer", "minh");
            await first.SaveDraftAsync("hdnd.test", 1, "{ still not json", null, "minh");
        }

        await using var second = await SqliteDefinitionStore.OpenAsync(_database.Selection, Clock);
        var versions = await second.ListAsync("hdnd.test", withJson: true);

        Assert.Equal(
            [(0, DefinitionVersionState.Draft), (1, DefinitionVersionState.Retired), (2, DefinitionVersionState.Published)],
            versions.Select(v => (v.Version, v.State)));
        Assert.Equal(("{ still not json", 2L, 2), (versions[0].Json, versions[0].Revision, versions[0].BasedOnVersion));
        Assert.Equal((Clock.GetUtcNow(), "lan"), (versions[1].RetiredAt!.Value, versions[1].RetiredBy));
        Assert.Contains("\"version\": 2", versions[2].Json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TwoStoresOnOneDatabase_SavingTheSameRevision_OneWinsTheOtherGetsCE8501()
    {
        var a = await OpenAsync();
        var b = await OpenAsync();
        await a.CreateDraftAsync("hdnd.test", V1, Header, null, "import", "lan");

        var results = await Task.WhenAll(
            Outcome(a.SaveDraftAsync("hdnd.test", 1, "lan's edit", Header, "lan")),
            Outcome(b.SaveDraftAsync("hdnd.test", 1, "minh's edit", Header, "minh")));

        Assert.Equal(1, results.Count(r => r is null));
        Assert.Equal(DefinitionStoreCodes.DraftRevisionConflict, Assert.Single(results, r => r is not null));
        var stored = await b.FindAsync("hdnd.test", 0);
        Assert.Equal(2, stored!.Revision);
        Assert.Equal(stored.SavedBy == "lan" ? "lan's edit" : "minh's edit", stored.Json);
    }

    public async Task InitializeAsync() => _database = await ProviderDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static async Task<string?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (DefinitionStoreException error)
        {
            return error.Code;
        }
    }

    private async Task<SqliteDefinitionStore> OpenAsync()
    {
        var store = await SqliteDefinitionStore.OpenAsync(_database.Selection, Clock);
        _opened.Add(store);
        return store;
    }
}

/// <summary>The contract on a SQLite file.</summary>
public sealed class SqliteDefinitionStoreTests() : DatabaseDefinitionStoreContract(DatabaseProvider.Sqlite);

/// <summary>The contract on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlDefinitionStoreTests() : DatabaseDefinitionStoreContract(DatabaseProvider.PostgreSql);

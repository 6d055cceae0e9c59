using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Definitions;

/// <summary>The contract on a real SQLite file, and what only a file can show: reopening, and two stores (two processes) on one file.</summary>
public sealed class SqliteDefinitionStoreTests : DefinitionStoreContract, IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly List<SqliteDefinitionStore> _opened = [];

    protected override async Task<IDefinitionStore> StoreAsync() => await OpenAsync();

    [Fact]
    public async Task ReopenedFile_HasEveryVersionDraftAndRevision()
    {
        await using (var first = await SqliteDefinitionStore.OpenAsync(_database.Path, Clock))
        {
            await first.SeedAsync("hdnd.test", 1, V1, Header, "seed:test.json");
            await first.CreateDraftAsync("hdnd.test", V1, Header, 1, "designer", "lan");
            await first.PublishDraftAsync("hdnd.test", 1, "lan");
            await first.RetireAsync("hdnd.test", 1, "lan");
            await first.CreateDraftAsync("hdnd.test", "{ not yet json", Header, 2, "designer", "minh");
            await first.SaveDraftAsync("hdnd.test", 1, "{ still not json", null, "minh");
        }

        await using var second = await SqliteDefinitionStore.OpenAsync(_database.Path, Clock);
        var versions = await second.ListAsync("hdnd.test", withJson: true);

        Assert.Equal(
            [(0, DefinitionVersionState.Draft), (1, DefinitionVersionState.Retired), (2, DefinitionVersionState.Published)],
            versions.Select(v => (v.Version, v.State)));
        Assert.Equal(("{ still not json", 2L, 2), (versions[0].Json, versions[0].Revision, versions[0].BasedOnVersion));
        Assert.Equal((Clock.GetUtcNow(), "lan"), (versions[1].RetiredAt!.Value, versions[1].RetiredBy));
        Assert.Contains("\"version\": 2", versions[2].Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoStoresOnOneFile_SavingTheSameRevision_OneWinsTheOtherGetsCE8501()
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

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
    }

    // After DisposeAsync has closed the stores: xunit calls it first.
    public void Dispose() => _database.Dispose();

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
        var store = await SqliteDefinitionStore.OpenAsync(_database.Path, Clock);
        _opened.Add(store);
        return store;
    }
}

using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Runtime.Tools;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>The tool-store contract on a SQLite file, read back through a second store on the same file.</summary>
public sealed class SqliteToolDataStoreContractTests : ToolDataStoreContract, IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly List<SqliteToolDataStore> _reopened = [];

    protected override async Task<IToolDataStore> OpenAsync() => await SqliteToolDataStore.OpenAsync(_database.Path);

    protected override async Task<IToolDataStore> ReopenAsync()
    {
        var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        _reopened.Add(store);
        return store;
    }

    public override async Task DisposeAsync()
    {
        foreach (var store in _reopened)
        {
            await store.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    public void Dispose() => _database.Dispose();
}

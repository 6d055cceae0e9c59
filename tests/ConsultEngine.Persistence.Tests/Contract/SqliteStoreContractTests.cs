using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Tests.Contract;

/// <summary>The SQLite store on a temporary file; every read after a commit comes from a newly opened store.</summary>
public sealed class SqliteStoreContractTests : InstanceStoreContract, IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly List<SqliteInstanceStore> _reopened = [];

    protected override async Task<IInstanceStore> OpenAsync() => await SqliteInstanceStore.OpenAsync(_database.Path);

    protected override async Task<IInstanceStore> ReopenAsync()
    {
        var store = await SqliteInstanceStore.OpenAsync(_database.Path);
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

    // xunit disposes after DisposeAsync, once every store has closed the file.
    public void Dispose() => _database.Dispose();
}

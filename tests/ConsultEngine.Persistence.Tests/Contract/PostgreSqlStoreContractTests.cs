using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Tests.Contract;

/// <summary>The PostgreSQL store on a database of its own; every read after a commit comes from a newly opened store.</summary>
public sealed class PostgreSqlStoreContractTests : InstanceStoreContract
{
    private readonly List<PostgreSqlInstanceStore> _reopened = [];
    private PostgresTestDatabase? _database;

    protected override async Task<IInstanceStore> OpenAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        return await PostgreSqlInstanceStore.OpenAsync(_database.ConnectionString);
    }

    protected override async Task<IInstanceStore> ReopenAsync()
    {
        var store = await PostgreSqlInstanceStore.OpenAsync(_database!.ConnectionString);
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
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

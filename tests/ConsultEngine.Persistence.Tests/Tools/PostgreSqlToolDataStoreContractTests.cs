using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools.PostgreSql;
using ConsultEngine.Runtime.Tools;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>The tool-store contract on a PostgreSQL database of its own, read back through a second store on it.</summary>
public sealed class PostgreSqlToolDataStoreContractTests : ToolDataStoreContract
{
    private readonly List<PostgreSqlToolDataStore> _reopened = [];
    private PostgresTestDatabase? _database;

    protected override async Task<IToolDataStore> OpenAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        return await PostgreSqlToolDataStore.OpenAsync(_database.ConnectionString);
    }

    protected override async Task<IToolDataStore> ReopenAsync()
    {
        var store = await PostgreSqlToolDataStore.OpenAsync(_database!.ConnectionString);
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

using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Nodes;

/// <summary>The two-node claims on PostgreSQL: the rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> and a lease.</summary>
public sealed class TwoNodesOnPostgreSqlTests : TwoNodesOnOneDatabase
{
    private PostgresTestDatabase? _database;

    public override async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private protected override async Task<RelationalInstanceStore> OpenStoreAsync() => await PostgreSqlInstanceStore.OpenAsync(_database!.ConnectionString);
}

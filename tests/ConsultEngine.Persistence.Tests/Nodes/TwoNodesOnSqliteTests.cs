using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Nodes;

/// <summary>The two-node claims on one SQLite file (two stores, as two processes would open it): the write lock makes the claims serial.</summary>
public sealed class TwoNodesOnSqliteTests : TwoNodesOnOneDatabase, IDisposable
{
    private readonly TempDatabase _database = new();

    public override Task InitializeAsync() => Task.CompletedTask;

    // Runs after DisposeAsync has closed the stores.
    public void Dispose() => _database.Dispose();

    private protected override async Task<RelationalInstanceStore> OpenStoreAsync() => await SqliteInstanceStore.OpenAsync(_database.Path);
}

using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime.Journal;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.Contract;

/// <summary>
/// The SQLite store checkpoints its write-ahead log from a thread of its own: what commits write reaches
/// the database file itself, although no commit crosses the store's own (backstop) checkpoint threshold.
/// </summary>
public sealed class SqliteBackgroundCheckpointTests : IDisposable
{
    private const int Instances = 50;

    private readonly TempDatabase _database = new();
    private readonly TempDatabase _copy = new();

    public void Dispose()
    {
        _copy.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task CommitAsync_AFewCommits_ReachTheDatabaseFileWithoutTheLog()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);
        for (var i = 0; i < Instances; i++)
        {
            await store.CommitAsync(Next(NewInstance(), T0, JournalEvents.InstanceStarted));
        }

        // The checkpointer looks every 100 ms; a loaded machine may delay it, never by many seconds.
        var inFile = 0;
        for (var waited = 0; inFile < Instances && waited < 150; waited++)
        {
            await Task.Delay(100);
            inFile = await CountInDatabaseFileAsync();
        }

        Assert.Equal(Instances, inFile);
        Assert.True(store.LogSyncs > 0);
    }

    [Fact]
    public async Task CommitAsync_CheckpointInTheCommitInstead_LeavesAFewCommitsInTheLogOnly()
    {
        // A first store creates the schema; closing its last connection checkpoints it into the file.
        await (await SqliteInstanceStore.OpenAsync(_database.Path)).DisposeAsync();
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path, new SqliteStoreOptions { CheckpointInBackground = false, SyncLogInBackground = false });
        Assert.Equal(0, await CountInDatabaseFileAsync());
        for (var i = 0; i < Instances; i++)
        {
            await store.CommitAsync(Next(NewInstance(), T0, JournalEvents.InstanceStarted));
        }

        await Task.Delay(500);

        // The comparison that shows the first test can fail: without the checkpointer, nothing copies them back yet.
        Assert.Equal(0, await CountInDatabaseFileAsync());
    }

    /// <summary>The instances in a copy of the database file alone, without its write-ahead log.</summary>
    private async Task<int> CountInDatabaseFileAsync()
    {
        File.Copy(_database.Path, _copy.Path, overwrite: true);
        var rows = await SqliteText.QueryAsync(_copy.Path, "SELECT CAST(count(*) AS TEXT) FROM instances");
        return int.Parse(rows[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}

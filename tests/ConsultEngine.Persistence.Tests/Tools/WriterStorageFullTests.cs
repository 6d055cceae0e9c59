using System.Diagnostics;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Runtime.Reliability;
using Microsoft.Data.Sqlite;
using static ConsultEngine.Persistence.Tests.Tools.ToolInputs;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>
/// A full database during a group commit (SQLite's <c>max_page_count</c> standing in for the disk):
/// every caller of the batch is told CE8066 at once, nothing of the batch is stored, and the writer
/// stays up and stores again once there is room.
/// </summary>
public sealed class WriterStorageFullTests : IDisposable
{
    private const long Unlimited = 1_073_741_823;
    private readonly TempDatabase _database = new();
    private readonly Guid _instance = Guid.NewGuid();
    private long _pageLimit = Unlimited;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AGroupCommitOnAFullDatabase_TellsEveryWaitingCallerCE8066_StoresNothing_AndTheWriterRecoversWhenRoomReturns()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions
        {
            BusyTimeout = TimeSpan.FromSeconds(20),
            PageLimit = () => Interlocked.Read(ref _pageLimit),
        });
        var inputs = store.Inputs(_instance, "poll");
        Assert.Equal(AppendStatus.Stored, (await inputs.AppendAsync(Input(_instance, "poll"))).Status);

        // No page beyond the file's current size (SQLite never sets the limit below it), and no free
        // page inside it: the migrations leave a few, and an input that fits in them is rightly stored
        // (the writer may take the first caller into a batch of its own). Each input needs overflow pages.
        // Another connection holds the write lock so that the callers wait together.
        await using var other = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await other.OpenAsync();
        await SqliteText.ExecuteAsync(other, "VACUUM");
        Assert.Equal(["0"], await SqliteText.QueryAsync(other, "SELECT CAST(freelist_count AS TEXT) FROM pragma_freelist_count"));
        Interlocked.Exchange(ref _pageLimit, 1);
        await SqliteText.ExecuteAsync(other, "BEGIN IMMEDIATE");
        var waiting = Enumerable.Range(0, 8).Select(_ => inputs.AppendAsync(Large()).AsTask()).ToList();
        await Task.Delay(300);
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        var clock = Stopwatch.StartNew();
        await SqliteText.ExecuteAsync(other, "ROLLBACK");

        foreach (var caller in waiting)
        {
            var refused = await Assert.ThrowsAsync<IngestionException>(() => caller);
            Assert.Equal(ReliabilityCodes.IngestionStorageFull, refused.Code);
            Assert.Equal(FailureKind.Unavailable, refused.Kind);
        }

        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"refused after {clock.Elapsed}");
        Assert.Equal(["1"], await SqliteText.QueryAsync(_database.Path, "SELECT CAST(COUNT(*) AS TEXT) FROM tool_inputs"));
        var full = store.Check();
        Assert.True(full.Healthy);
        Assert.Equal(ReliabilityCodes.IngestionStorageFull, full.LastFailure);

        Interlocked.Exchange(ref _pageLimit, Unlimited);
        var again = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => inputs.AppendAsync(Large()).AsTask()));

        Assert.All(again, r => Assert.Equal(AppendStatus.Stored, r.Status));
        Assert.Equal(["4"], await SqliteText.QueryAsync(_database.Path, "SELECT CAST(COUNT(*) AS TEXT) FROM tool_inputs"));
        Assert.Null(store.Check().LastFailure);
    }

    private ConsultationInput Large() => Input(_instance, "poll", text: new string('y', 20_000));
}

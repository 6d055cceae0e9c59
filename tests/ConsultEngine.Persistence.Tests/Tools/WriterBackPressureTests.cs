using System.Diagnostics;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Runtime.Reliability;
using Microsoft.Data.Sqlite;
using static ConsultEngine.Persistence.Tests.Tools.ToolInputs;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>A backed-up ingestion writer refuses quickly with a code instead of leaving submissions hanging, and says so to a readiness check.</summary>
public sealed class WriterBackPressureTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly Guid _instance = Guid.NewGuid();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AppendAsync_WhenTheQueueStaysFull_IsRefusedWithCE8065_WithinTheEnqueueTimeout()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions
        {
            BusyTimeout = TimeSpan.FromSeconds(20),
            MaxBatchSize = 1,
            QueueCapacity = 1,
            EnqueueTimeout = TimeSpan.FromMilliseconds(200),
            StallAfter = TimeSpan.FromMilliseconds(100),
        });
        var inputs = store.Inputs(_instance, "poll");
        await using var other = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await other.OpenAsync();
        await SqliteText.ExecuteAsync(other, "BEGIN IMMEDIATE");

        // The first is taken by the writer, which then waits on the lock; the second fills the queue.
        var first = inputs.AppendAsync(Input(_instance, "poll")).AsTask();
        await Task.Delay(200);
        var second = inputs.AppendAsync(Input(_instance, "poll")).AsTask();
        var clock = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<IngestionException>(async () => await inputs.AppendAsync(Input(_instance, "poll")));
        clock.Stop();
        await Task.Delay(200);
        var health = store.Check();

        Assert.Equal(ReliabilityCodes.IngestionUnavailable, refused.Code);
        Assert.Equal(FailureKind.Unavailable, refused.Kind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"refused after {clock.Elapsed}");
        Assert.False(health.Healthy);
        Assert.Equal(1, health.Queued);

        await SqliteText.ExecuteAsync(other, "COMMIT");
        Assert.Equal(AppendStatus.Stored, (await first).Status);
        Assert.Equal(AppendStatus.Stored, (await second).Status);
        Assert.True(store.Check().Healthy);
    }
}

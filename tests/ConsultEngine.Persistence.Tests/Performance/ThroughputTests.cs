using System.Diagnostics;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using Xunit.Abstractions;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.Performance;

/// <summary>
/// Rough measurements printed for the record (<c>dotnet test --logger "console;verbosity=detailed"</c>).
/// The asserted floors are far below the measured figures: they catch a store that lost its
/// prepared statements or its write lock, not a slow CI machine.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class ThroughputTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDatabase _database = new();

    /// <summary>Wall time, and the process's CPU time, which a busy shared machine distorts less.</summary>
    private sealed class Measure
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

        public static Measure Start() => new();

        public double PerSecond(int count) => count / _wall.Elapsed.TotalSeconds;

        public string Report(int count) =>
            $"{PerSecond(count):F0}/s, {_wall.Elapsed.TotalMicroseconds / count:F0} µs wall and {(Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalMicroseconds / count:F0} µs CPU each";
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task CommitAsync_SimpleStepTransition_CostsWellUnderHalfAMillisecond()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);
        var instances = new List<InstanceRecord>();
        for (var i = 0; i < 100; i++)
        {
            var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted, JournalEvents.StepWaiting);
            await store.CommitAsync(start with { Steps = [Waiting("task-0")], BookmarksAdded = [BookmarkFor(start.Instance.Id, "task-0", "council-office")] });
            instances.Add(start.Instance);
        }

        // What completing a task that opens the next one commits: two step states, three journal
        // entries, a bookmark removed and one added, the instance row.
        async Task TransitionAsync(int i)
        {
            var current = instances[i % instances.Count];
            var step = i / instances.Count;
            var changes = Next(current, T0.AddMinutes(i), JournalEvents.StepCompleted, JournalEvents.StepActivated, JournalEvents.StepWaiting) with
            {
                Steps = [Waiting($"task-{step}") with { Status = StepStatus.Completed, Released = true, Actor = "vp.lan" }, Waiting($"task-{step + 1}")],
                BookmarksRemoved = [$"task-{step}"],
                BookmarksAdded = [BookmarkFor(current.Id, $"task-{step + 1}", "council-office")],
            };
            await store.CommitAsync(changes);
            instances[i % instances.Count] = changes.Instance;
        }

        // Warm up past tiered JIT compilation: the first thousands of calls run unoptimised code.
        const int warmUp = 3000;
        for (var i = 0; i < warmUp; i++)
        {
            await TransitionAsync(i);
        }

        const int count = 3000;
        var clock = Measure.Start();
        for (var i = warmUp; i < warmUp + count; i++)
        {
            await TransitionAsync(i);
        }

        var perSecond = clock.PerSecond(count);
        output.WriteLine($"store commits of a step transition: {clock.Report(count)}");
        Assert.True(perSecond > 400, $"{perSecond:F0} commits/s");
    }

    [Fact]
    public async Task CompleteStepAsync_OnSqlite_RunsThousandsOfTransitionsPerSecond()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);
        var engine = TestEngine.Over(store, TimeProvider.System);

        // Each batch completes task-1 to task-9 of its instances, each transition opening the next
        // task. The first batch warms up past tiered JIT compilation; the second is measured.
        async Task<List<Guid>> StartBatchAsync()
        {
            var started = new List<Guid>();
            for (var i = 0; i < 200; i++)
            {
                started.Add((await engine.StartAsync("test.chain", 1)).Id);
            }

            return started;
        }

        async Task RunBatchAsync(List<Guid> batch)
        {
            for (var step = 1; step <= 9; step++)
            {
                foreach (var id in batch)
                {
                    await engine.CompleteStepAsync(id, $"task-{step}", new StepCompletion("vp.lan"));
                }
            }
        }

        await RunBatchAsync(await StartBatchAsync());
        var instances = await StartBatchAsync();
        var clock = Measure.Start();
        await RunBatchAsync(instances);

        var count = 9 * instances.Count;
        var perSecond = clock.PerSecond(count);
        output.WriteLine($"engine CompleteStepAsync on SQLite (reads + commit): {clock.Report(count)}");
        Assert.True(perSecond > 200, $"{perSecond:F0} transitions/s");
        Assert.Null(JournalHasher.Verify(await store.ReadJournalAsync(instances[^1])));
    }

    [Fact]
    public async Task FourWriters_OnOneFile_QueueOnTheWriteLockWithoutBusyErrors()
    {
        const int writers = 4;
        const int commitsEach = 400;
        var stores = new List<SqliteInstanceStore>();
        for (var w = 0; w < writers; w++)
        {
            stores.Add(await SqliteInstanceStore.OpenAsync(_database.Path));
        }

        try
        {
            var clock = Measure.Start();
            await Task.WhenAll(stores.Select(store => Task.Run(async () =>
            {
                // Each writer reads, then writes, like an advance: the read-then-write pattern
                // that deadlocks into busy errors when transactions are deferred.
                var changes = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
                await store.CommitAsync(changes);
                for (var i = 1; i < commitsEach; i++)
                {
                    var current = await store.FindInstanceAsync(changes.Instance.Id);
                    changes = Next(current!, T0.AddSeconds(i), JournalEvents.StepCompleted) with { Steps = [Waiting("a", iteration: i)] };
                    await store.CommitAsync(changes);
                }
            })));
            output.WriteLine($"{writers} writers, one file, in all: {clock.Report(writers * commitsEach)}");
            foreach (var instance in await stores[0].ListInstancesAsync())
            {
                Assert.Equal(commitsEach, instance.Revision);
            }
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }
}

using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using Xunit.Abstractions;

namespace ConsultEngine.Persistence.Tests.Concurrency;

/// <summary>
/// Two workers, each with its own store (own connections) on one SQLite file, on two threads.
/// </summary>
public sealed class ConcurrentWorkersTests(ITestOutputHelper output) : IDisposable
{
    private const string Step = "approve-plan";

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TwoWorkers_CompletingTheSameWaitingStepAtOnce_ExactlyOneWinsAndTheOtherConflicts()
    {
        await using var first = await SqliteInstanceStore.OpenAsync(_database.Path);
        await using var second = await SqliteInstanceStore.OpenAsync(_database.Path);
        using var rendezvous = new Barrier(2);
        var engines = new[] { TestEngine.Over(new RendezvousStore(first, rendezvous), TimeProvider.System), TestEngine.Over(new RendezvousStore(second, rendezvous), TimeProvider.System) };
        var starter = TestEngine.Over(first, TimeProvider.System);

        for (var round = 0; round < 60; round++)
        {
            var instance = await starter.StartAsync("test.approval", 1);

            var outcomes = await RaceAsync(engines, instance.Id);

            Assert.Equal(1, outcomes.Count(o => o is InstanceRecord));
            Assert.Equal(1, outcomes.Count(o => o is ConcurrencyConflictException c && c.InstanceId == instance.Id && c.ExpectedRevision == instance.Revision));
            await AssertCompletedOnceAsync(second, instance.Id);
        }
    }

    [Fact]
    public async Task TwoWorkers_RacingFreely_CompleteTheStepExactlyOnce()
    {
        await using var first = await SqliteInstanceStore.OpenAsync(_database.Path);
        await using var second = await SqliteInstanceStore.OpenAsync(_database.Path);
        var engines = new[] { TestEngine.Over(first, TimeProvider.System), TestEngine.Over(second, TimeProvider.System) };
        var (conflicts, late) = (0, 0);

        for (var round = 0; round < 150; round++)
        {
            var instance = await engines[round % 2].StartAsync("test.approval", 1);

            var outcomes = await RaceAsync(engines, instance.Id);

            // The loser either read before the winner committed (a conflict) or after it (the step no longer waits).
            Assert.Equal(1, outcomes.Count(o => o is InstanceRecord));
            conflicts += outcomes.Count(o => o is ConcurrencyConflictException);
            late += outcomes.Count(o => o is InstanceCommandException { Code: RuntimeCodes.StepNotWaiting });
            Assert.Equal(2, outcomes.Count(o => o is InstanceRecord or ConcurrencyConflictException or InstanceCommandException { Code: RuntimeCodes.StepNotWaiting }));
            await AssertCompletedOnceAsync(first, instance.Id);
        }

        output.WriteLine($"150 races: {conflicts} revision conflicts, {late} commands that came after the winner");
    }

    /// <summary>
    /// Each worker on a thread of its own, released together. Not thread-pool threads: the racers
    /// block (on the start gate, on the rendezvous), and blocked pool threads starve the other
    /// tests running in parallel.
    /// </summary>
    private static async Task<object[]> RaceAsync(ProcessEngine[] engines, Guid instanceId)
    {
        using var start = new ManualResetEventSlim();
        var racers = engines.Select((engine, i) => Task.Factory.StartNew(
            () =>
            {
                start.Wait();
                try
                {
                    return (object)engine.CompleteStepAsync(instanceId, Step, new StepCompletion($"worker-{i}", "approve")).GetAwaiter().GetResult();
                }
                catch (ConsultEngineException e)
                {
                    return e;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        start.Set();
        return await Task.WhenAll(racers);
    }

    private static async Task AssertCompletedOnceAsync(SqliteInstanceStore store, Guid instanceId)
    {
        var journal = await store.ReadJournalAsync(instanceId);
        Assert.Single(journal, e => e.Event == JournalEvents.StepCompleted && e.StepId == Step);
        Assert.Null(JournalHasher.Verify(journal));
        var instance = await store.FindInstanceAsync(instanceId);
        Assert.Equal(2, instance!.Revision);
        Assert.Equal(["publish"], (await store.ListBookmarksAsync(instanceId)).Select(b => b.StepId));
    }
}

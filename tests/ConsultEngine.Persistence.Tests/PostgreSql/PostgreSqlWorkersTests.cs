using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Persistence.Tests.PostgreSql;

/// <summary>
/// Two workers, each with its own store (as two nodes would have) on one PostgreSQL database: the
/// row lock and the revision check settle a race where SQLite's database write lock did.
/// </summary>
public sealed class PostgreSqlWorkersTests : IAsyncLifetime
{
    private const string Step = "approve-plan";

    private PostgresTestDatabase? _database;

    private string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task TwoWorkers_CompletingTheSameWaitingStepAtOnce_ExactlyOneWinsAndTheOtherConflicts()
    {
        await using var first = await PostgreSqlInstanceStore.OpenAsync(ConnectionString);
        await using var second = await PostgreSqlInstanceStore.OpenAsync(ConnectionString);
        using var rendezvous = new Barrier(2);
        var engines = new[] { TestEngine.Over(new RendezvousStore(first, rendezvous), TimeProvider.System), TestEngine.Over(new RendezvousStore(second, rendezvous), TimeProvider.System) };
        var starter = TestEngine.Over(first, TimeProvider.System);

        for (var round = 0; round < 20; round++)
        {
            var instance = await starter.StartAsync("test.approval", 1);

            var outcomes = await RaceAsync(engines, instance.Id);

            Assert.Equal(1, outcomes.Count(o => o is InstanceRecord));
            Assert.Equal(1, outcomes.Count(o => o is ConcurrencyConflictException c && c.InstanceId == instance.Id && c.ExpectedRevision == instance.Revision));
            await AssertCompletedOnceAsync(second, instance.Id);
        }
    }

    [SkippableFact]
    public async Task TwoWorkers_StartingTheSameNewInstanceAtOnce_StoreItOnce()
    {
        await using var first = await PostgreSqlInstanceStore.OpenAsync(ConnectionString);
        await using var second = await PostgreSqlInstanceStore.OpenAsync(ConnectionString);
        var changes = ChangeSets.Next(ChangeSets.NewInstance(), ChangeSets.T0, JournalEvents.InstanceStarted);

        var outcomes = await Task.WhenAll(new[] { first, second }.Select(store => Task.Run(async () =>
        {
            try
            {
                await store.CommitAsync(changes);
                return null;
            }
            catch (ConcurrencyConflictException e)
            {
                return e;
            }
        })));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is not null);
        Assert.Single(await second.ReadJournalAsync(changes.Instance.Id));
    }

    /// <summary>Each worker on a thread of its own, released together (they block on the rendezvous).</summary>
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

    private static async Task AssertCompletedOnceAsync(PostgreSqlInstanceStore store, Guid instanceId)
    {
        var journal = await store.ReadJournalAsync(instanceId);
        Assert.Single(journal, e => e.Event == JournalEvents.StepCompleted && e.StepId == Step);
        Assert.Null(JournalHasher.Verify(journal));
        Assert.Equal(2, (await store.FindInstanceAsync(instanceId))!.Revision);
        Assert.Equal(["publish"], (await store.ListBookmarksAsync(instanceId)).Select(b => b.StepId));
    }
}

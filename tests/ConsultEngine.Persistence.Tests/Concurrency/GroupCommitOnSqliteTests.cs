using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Storage;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.Concurrency;

/// <summary>
/// Many workers committing through one store at once: their change sets share write transactions,
/// yet each is stored exactly once, each is checked against its own revision, and a transaction that
/// fails as a whole leaves each change set its own outcome.
/// </summary>
public sealed class GroupCommitOnSqliteTests : IDisposable
{
    private const long Unlimited = 1_073_741_823;
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ManyWorkersCommittingAtOnce_EveryAcknowledgedChangeIsStoredOnce()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);
        var started = Enumerable.Range(0, 48).Select(_ => Next(NewInstance(), T0, JournalEvents.InstanceStarted)).ToArray();

        await Task.WhenAll(started.Select(c => Task.Run(() => store.CommitAsync(c))));
        var advanced = started.Select(c => Next(c.Instance, T0.AddMinutes(1), JournalEvents.StepCompleted)).ToArray();
        await Task.WhenAll(advanced.Select(c => Task.Run(() => store.CommitAsync(c))));

        await using var reopened = await SqliteInstanceStore.OpenAsync(_database.Path);
        foreach (var change in advanced)
        {
            Assert.Equal(change.Instance, await reopened.FindInstanceAsync(change.Instance.Id));
            var journal = await reopened.ReadJournalAsync(change.Instance.Id);
            Assert.Equal([JournalEvents.InstanceStarted, JournalEvents.StepCompleted], journal.Select(e => e.Event));
            Assert.Null(JournalHasher.Verify(journal));
        }
    }

    [Fact]
    public async Task WorkersAdvancingOneInstanceFromTheSameRevision_ExactlyOneWins_TheOthersConflictWithTheirRevision()
    {
        // The first writer's transaction is held at its start, so the racers queue behind it and meet in one shared transaction.
        using var hold = new ManualResetEventSlim(true);
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path, new SqliteStoreOptions { PageLimit = () => { hold.Wait(); return Unlimited; } });
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await store.CommitAsync(start);

        hold.Reset();
        var blocker = Task.Run(() => store.CommitAsync(Next(NewInstance(), T0, JournalEvents.InstanceStarted)));
        var racers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.CommitAsync(Next(start.Instance, T0.AddMinutes(i + 1), JournalEvents.StepCompleted));
                return (Exception?)null;
            }
            catch (ConcurrencyConflictException conflict)
            {
                return conflict;
            }
        })).ToArray();
        await Task.Delay(200);
        hold.Set();
        await blocker;
        var outcomes = await Task.WhenAll(racers);

        Assert.Single(outcomes, o => o is null);
        Assert.Equal(7, outcomes.Count(o => o is ConcurrencyConflictException c && c.InstanceId == start.Instance.Id && c.ExpectedRevision == 1));
        var stored = await store.FindInstanceAsync(start.Instance.Id);
        Assert.Equal(2, stored!.Revision);
        var journal = await store.ReadJournalAsync(start.Instance.Id);
        Assert.Single(journal, e => e.Event == JournalEvents.StepCompleted);
        Assert.Null(JournalHasher.Verify(journal));
    }

    [Fact]
    public async Task ASharedTransactionThatFailsAsAWhole_LeavesEachChangeItsOwnOutcome()
    {
        // One change set breaks the journal's chain position (a fault, not a conflict): the shared
        // transaction is rolled back and every change set is tried alone, so only the faulty one fails.
        using var hold = new ManualResetEventSlim(true);
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path, new SqliteStoreOptions { PageLimit = () => { hold.Wait(); return Unlimited; } });
        var existing = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await store.CommitAsync(existing);
        var faulty = Next(existing.Instance, T0.AddMinutes(1), JournalEvents.StepCompleted);
        faulty = faulty with { Journal = [faulty.Journal[0] with { Sequence = 1 }] };

        hold.Reset();
        var blocker = Task.Run(() => store.CommitAsync(Next(NewInstance(), T0, JournalEvents.InstanceStarted)));
        var good = Enumerable.Range(0, 4).Select(_ => Next(NewInstance(), T0, JournalEvents.InstanceStarted)).ToArray();
        var goodCommits = good.Select(c => Task.Run(() => store.CommitAsync(c))).ToArray();
        var faultyCommit = Task.Run(() => store.CommitAsync(faulty));
        await Task.Delay(200);
        hold.Set();
        await blocker;

        await Task.WhenAll(goodCommits);
        await Assert.ThrowsAnyAsync<Exception>(() => faultyCommit);
        foreach (var change in good)
        {
            Assert.Equal(change.Instance, await store.FindInstanceAsync(change.Instance.Id));
        }

        Assert.Equal(existing.Instance, await store.FindInstanceAsync(existing.Instance.Id));
    }
}

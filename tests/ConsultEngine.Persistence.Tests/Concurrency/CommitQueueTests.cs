using ConsultEngine.Persistence.Storage;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.Concurrency;

/// <summary>The in-process queue in front of the store's write transaction: who writes together, and who learns what.</summary>
public sealed class CommitQueueTests
{
    [Fact]
    public async Task CommitsQueuedWhileABatchIsWritten_AreWrittenTogetherInTheNextBatch_AndEachReturnsOnlyAfterIt()
    {
        var batches = new List<int>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new CommitQueue(64);
        async Task Write(IReadOnlyList<PendingCommit> batch)
        {
            lock (batches)
            {
                batches.Add(batch.Count);
            }

            if (batches.Count == 1)
            {
                firstStarted.SetResult();
                await releaseFirst.Task;
            }
        }

        var first = queue.CommitAsync(Change(), Write, CancellationToken.None);
        await firstStarted.Task;
        var followers = Enumerable.Range(0, 5).Select(_ => queue.CommitAsync(Change(), Write, CancellationToken.None)).ToArray();

        Assert.All(followers, f => Assert.False(f.IsCompleted));
        releaseFirst.SetResult();
        await first;
        await Task.WhenAll(followers);

        Assert.Equal([1, 5], batches);
    }

    [Fact]
    public async Task CommitsQueuedWhileTheWriterStillWrites_AreTakenIntoItsOpenBatch_AndReturnOnlyAfterIt()
    {
        var written = new List<int>();
        var firstWriting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var goOn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var committed = false;
        var queue = new CommitQueue(64);
        async Task Write(IReadOnlyList<PendingCommit> batch, Func<IReadOnlyList<PendingCommit>> late)
        {
            firstWriting.TrySetResult();
            await goOn.Task;
            var taken = late();
            lock (written)
            {
                written.Add(batch.Count);
                written.Add(taken.Count);
            }

            Assert.Empty(late());
            committed = true;
        }

        var first = queue.CommitAsync(Change(), Write, CancellationToken.None);
        await firstWriting.Task;
        var followers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await queue.CommitAsync(Change(), Write, CancellationToken.None);
            return committed;
        })).ToArray();
        while (queue.Waiting < 3)
        {
            await Task.Delay(10);
        }

        goOn.SetResult();
        await first;

        Assert.All(await Task.WhenAll(followers), Assert.True);
        Assert.Equal([4, 3], written);
    }

    [Fact]
    public async Task AFailureRecordedForOneCommit_IsThrownToThatCallerOnly()
    {
        var queue = new CommitQueue(64);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var losing = Change();
        var batches = 0;
        async Task Write(IReadOnlyList<PendingCommit> batch)
        {
            if (Interlocked.Increment(ref batches) == 1)
            {
                await gate.Task;
            }

            foreach (var commit in batch.Where(c => ReferenceEquals(c.Changes, losing)))
            {
                commit.Fail(new ConcurrencyConflictException(losing.Instance.Id, losing.ExpectedRevision));
            }
        }

        var first = queue.CommitAsync(Change(), Write, CancellationToken.None);
        var loser = queue.CommitAsync(losing, Write, CancellationToken.None);
        var winner = queue.CommitAsync(Change(), Write, CancellationToken.None);
        gate.SetResult();

        await first;
        await winner;
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => loser);
        Assert.Equal(losing.Instance.Id, conflict.InstanceId);
    }

    [Fact]
    public async Task AWriterThatThrows_FailsEveryCommitOfItsBatch_AndTheQueueGoesOn()
    {
        var queue = new CommitQueue(64);
        var calls = 0;
        Task Write(IReadOnlyList<PendingCommit> batch) =>
            Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("broken") : Task.CompletedTask;

        await Assert.ThrowsAsync<InvalidOperationException>(() => queue.CommitAsync(Change(), Write, CancellationToken.None));
        await queue.CommitAsync(Change(), Write, CancellationToken.None);

        Assert.Equal(2, calls);
    }

    private static ChangeSet Change() => Next(NewInstance(), T0, "instance-started");
}

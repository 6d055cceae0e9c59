using ConsultEngine.Persistence.Storage;
using ConsultEngine.Runtime.Storage;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.Concurrency;

/// <summary>
/// The commit queue's wait for a change set to join a transaction that would otherwise commit alone:
/// taken only while callers commit concurrently, once per transaction, and given up when nobody comes.
/// Judged by the queue's counters, never by time.
/// </summary>
public sealed class CommitQueueJoinWaitTests
{
    // Long enough that a joiner always comes within it; a queue that waited where it must not would fail on its counters, not hang.
    private static readonly TimeSpan Patient = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ALoneCaller_NeverWaitsForAChangeSetToJoin_AndCommitsEachAlone()
    {
        var queue = new CommitQueue(64, TimeSpan.FromMilliseconds(50));
        var writer = new RecordingWriter();

        for (var i = 0; i < 20; i++)
        {
            await queue.CommitAsync(Change(), writer.WriteAsync, CancellationToken.None);
        }

        Assert.Equal(0, queue.JoinWaits);
        Assert.All(writer.Batches, size => Assert.Equal(1, size));
    }

    [Fact]
    public async Task AfterConcurrentCommits_ALeaderAboutToCommitAlone_WaitsForTheNextChangeSet_AndCommitsBothInOneTransaction()
    {
        var queue = new CommitQueue(64, Patient);
        var writer = new RecordingWriter();
        await CommitTwoConcurrentlyAsync(queue, writer);
        Assert.Equal(0, queue.JoinWaits);

        var leader = Task.Run(() => queue.CommitAsync(Change(), writer.WriteAsync, CancellationToken.None));
        while (queue.JoinWaits == 0 && !leader.IsCompleted)
        {
            await Task.Delay(1);
        }

        var joiner = queue.CommitAsync(Change(), writer.WriteAsync, CancellationToken.None);
        await leader;
        await joiner;

        Assert.Equal([2, 2], writer.Batches);
        Assert.Equal(1, queue.JoinWaits);
        Assert.Equal(1, queue.Joined);
    }

    [Fact]
    public async Task WaitsThatNoChangeSetJoins_AreGivenUp_AndTheCallerThatIsLeftCommitsWithoutWaiting()
    {
        var queue = new CommitQueue(64, TimeSpan.FromTicks(1));
        var writer = new RecordingWriter();
        await CommitTwoConcurrentlyAsync(queue, writer);

        for (var i = 0; i < JoinWait.MaxCredit; i++)
        {
            await queue.CommitAsync(Change(), writer.WriteAsync, CancellationToken.None);
        }

        var waits = queue.JoinWaits;
        for (var i = 0; i < JoinWait.MaxCredit; i++)
        {
            await queue.CommitAsync(Change(), writer.WriteAsync, CancellationToken.None);
        }

        Assert.InRange(waits, 1, JoinWait.MaxCredit - 1);
        Assert.Equal(waits, queue.JoinWaits);
        Assert.Equal(0, queue.Joined);
        Assert.All(writer.Batches.Skip(1), size => Assert.Equal(1, size));
    }

    /// <summary>A first commit held in its writer while a second queues behind it: the two are written together, and the queue has seen concurrent callers.</summary>
    private static async Task CommitTwoConcurrentlyAsync(CommitQueue queue, RecordingWriter writer)
    {
        writer.Hold();
        var first = queue.CommitAsync(Change(), writer.WriteAsync, CancellationToken.None);
        await writer.Holding;
        var second = queue.CommitAsync(Change(), writer.WriteAsync, CancellationToken.None);
        writer.Release();
        await first;
        await second;
        Assert.Equal([2], writer.Batches);
    }

    private static ChangeSet Change() => Next(NewInstance(), T0, "instance-started");

    /// <summary>Writes nothing; takes what joins the way the store's writer does (after its statements, until nothing more comes) and records each batch's size.</summary>
    private sealed class RecordingWriter
    {
        private readonly List<int> _batches = [];
        private TaskCompletionSource? _holding;
        private TaskCompletionSource? _release;
        private TaskCompletionSource? _toHold;

        public IReadOnlyList<int> Batches
        {
            get
            {
                lock (_batches)
                {
                    return [.. _batches];
                }
            }
        }

        public Task Holding => _holding!.Task;

        public void Hold()
        {
            _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _toHold = _release;
        }

        public void Release() => _release!.SetResult();

        public async Task WriteAsync(IReadOnlyList<PendingCommit> batch, Func<IReadOnlyList<PendingCommit>> late)
        {
            // Only the next batch is held.
            if (Interlocked.Exchange(ref _toHold, null) is { } release)
            {
                _holding!.SetResult();
                await release.Task;
            }

            while (late().Count > 0)
            {
            }

            lock (_batches)
            {
                _batches.Add(batch.Count);
            }
        }
    }
}

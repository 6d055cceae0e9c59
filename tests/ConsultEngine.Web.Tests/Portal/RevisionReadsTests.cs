using System.Collections.Concurrent;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Web.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>
/// The open-step index shares a revision read between the requests of the same moment; a request must
/// still see every commit made before it arrived. The store here holds each read until the test lets it
/// finish, and each read answers the revision as it was when the read started.
/// </summary>
public sealed class RevisionReadsTests
{
    private static readonly Guid Instance = Guid.CreateVersion7();

    [Fact]
    public async Task ARequestArrivingDuringARead_WaitsForTheNextRead_AndSeesTheCommitMadeBeforeItArrived()
    {
        var store = new HeldReads { Revision = 1 };
        var reads = new RevisionReads(store);

        var first = reads.ReadAsync(Instance, CancellationToken.None);
        store.Revision = 2;
        var second = reads.ReadAsync(Instance, CancellationToken.None);
        var third = reads.ReadAsync(Instance, CancellationToken.None);
        store.Release(1);
        Assert.Equal(1, await first);
        store.Release(2);

        Assert.Equal((2L, 2L), ((await second)!.Value, (await third)!.Value));
        Assert.Equal(2, store.Started);
    }

    [Fact]
    public async Task AFailedRead_FailsTheRequestsThatWaitedForIt_AndTheNextRequestReadsAgain()
    {
        var store = new HeldReads { Revision = 4 };
        var reads = new RevisionReads(store);
        var first = reads.ReadAsync(Instance, CancellationToken.None);
        var waiting = reads.ReadAsync(Instance, CancellationToken.None);

        store.Release(1);
        store.Fail(2);
        await first;
        await Assert.ThrowsAsync<InvalidOperationException>(() => waiting);

        var later = reads.ReadAsync(Instance, CancellationToken.None);
        store.Release(3);
        Assert.Equal(4, await later);
    }

    /// <summary>Reads the revision as it is when a read starts, and holds each read (numbered from 1) until released.</summary>
    private sealed class HeldReads : IInstanceStore
    {
        private readonly ConcurrentDictionary<int, TaskCompletionSource> _gates = new();
        private int _started;

        public long Revision { get; set; }

        public int Started => Volatile.Read(ref _started);

        public void Release(int read) => Gate(read).SetResult();

        public void Fail(int read) => Gate(read).SetException(new InvalidOperationException("The database is gone."));

        public async Task<long?> FindRevisionAsync(Guid instanceId, CancellationToken cancellationToken = default)
        {
            var read = Interlocked.Increment(ref _started);
            var revision = Revision;
            await Gate(read).Task;
            return revision;
        }

        private TaskCompletionSource Gate(int read) => _gates.GetOrAdd(read, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        public Task<InstanceRecord?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<string, StepState>> LoadStepsAsync(Guid instanceId, IReadOnlyCollection<string> stepIds, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<StepState>> LoadAllStepsAsync(Guid instanceId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<TimerRecord>> LoadTimersAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<InstanceRecord>> ListInstancesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<Incident>> ListIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<OutboxMessage>> FindUndispatchedAsync(int max, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task MarkDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}

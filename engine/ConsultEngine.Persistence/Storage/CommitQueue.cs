using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Lines up the concurrent commits of one store so that they never wait on the database's write
/// lock against each other, and lets the commits that queued while one was being written share the
/// next write transaction (group commit). The caller at the head of the queue leads: it takes every
/// commit waiting (up to a batch), writes them, completes each with its own outcome, and hands the
/// lead to the next caller in line. A caller returns only once its own change set has committed
/// (or throws its own error): nothing is acknowledged before the commit.
/// </summary>
/// <remarks>
/// Without the queue, two workers of one process both sent <c>BEGIN IMMEDIATE</c>; the loser slept in
/// SQLite's busy handler (1 ms, then 2, 5 …) while a commit takes a few hundred microseconds, so a
/// second worker made the store slower, not faster. Writers in other processes still queue on the
/// database's own lock.
/// </remarks>
internal sealed class CommitQueue(int maxBatch)
{
    private const int MaxBatchesPerLeader = 4;

    private readonly Lock _gate = new();
    private readonly List<PendingCommit> _waiting = [];
    private bool _leading;
    private long _overlapped;

    /// <summary>Commits that arrived while another was queued or being written (they found a leader at work).</summary>
    public long Overlapped => Interlocked.Read(ref _overlapped);

    /// <summary>Commits queued and not yet taken into a batch.</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count;
            }
        }
    }

    /// <summary>
    /// Commits <paramref name="changes"/> through <paramref name="writeBatch"/>, alone or with the
    /// commits queued beside it. <paramref name="writeBatch"/> records each commit's failure on it
    /// (<see cref="PendingCommit.Fail"/>) rather than throwing.
    /// </summary>
    public Task CommitAsync(ChangeSet changes, Func<IReadOnlyList<PendingCommit>, Task> writeBatch, CancellationToken cancellationToken) =>
        CommitAsync(changes, (batch, _) => writeBatch(batch), cancellationToken);

    /// <summary>
    /// As <see cref="CommitAsync(ChangeSet, Func{IReadOnlyList{PendingCommit}, Task}, CancellationToken)"/>, and the
    /// writer may take, while its transaction is still open, the commits that queued since the batch was taken
    /// (the second argument of <paramref name="writeBatch"/>: each call moves them into the batch, up to its
    /// size, and returns them). They are then written, and acknowledged, with the batch.
    /// </summary>
    /// <remarks>
    /// Without it, the commits of workers that arrive a moment apart never share a transaction: the first
    /// takes a batch of one, the others wait for its whole commit and are then written in a batch of their own.
    /// </remarks>
    public Task CommitAsync(ChangeSet changes, Func<IReadOnlyList<PendingCommit>, Func<IReadOnlyList<PendingCommit>>, Task> writeBatch, CancellationToken cancellationToken) =>
        CommitAsync(new PendingCommit(changes, cancellationToken), writeBatch);

    /// <summary>As above, for a change set whose statements its caller made before queueing (outside the write lock).</summary>
    public Task CommitAsync(PreparedChangeSet prepared, Func<IReadOnlyList<PendingCommit>, Func<IReadOnlyList<PendingCommit>>, Task> writeBatch, CancellationToken cancellationToken) =>
        CommitAsync(new PendingCommit(prepared.Changes, cancellationToken) { Prepared = prepared }, writeBatch);

    private async Task CommitAsync(PendingCommit mine, Func<IReadOnlyList<PendingCommit>, Func<IReadOnlyList<PendingCommit>>, Task> writeBatch)
    {
        bool lead;
        lock (_gate)
        {
            _waiting.Add(mine);
            lead = !_leading;
            _leading = true;
        }

        if (!lead)
        {
            _ = Interlocked.Increment(ref _overlapped);
        }

        // Not cancellable while queued: a commit already taken into a batch may be written, and the
        // caller must learn its outcome. The leader drops a commit whose token is cancelled before it is taken.
        if (lead || await mine.Turn.ConfigureAwait(false))
        {
            await LeadAsync(mine, writeBatch).ConfigureAwait(false);
        }

        mine.ThrowIfFailed();
    }

    private async Task LeadAsync(PendingCommit mine, Func<IReadOnlyList<PendingCommit>, Func<IReadOnlyList<PendingCommit>>, Task> writeBatch)
    {
        // The leader goes on writing what queued meanwhile (a few batches at most, so that its own caller
        // is not held long): a running thread keeps the write lock busy, whereas a follower promoted to
        // lead must first be woken and scheduled, which on a loaded machine takes longer than a commit.
        PendingCommit? next = null;
        for (var round = 0; round < MaxBatchesPerLeader; round++)
        {
            List<PendingCommit> batch;
            lock (_gate)
            {
                // The leader is always the head of the queue: the first caller finds it empty, later leaders are promoted from its head.
                var count = Math.Min(maxBatch, _waiting.Count);
                batch = _waiting.GetRange(0, count);
                _waiting.RemoveRange(0, count);
            }

            await WriteAsync(batch, () => TakeLate(batch), writeBatch).ConfigureAwait(false);
            foreach (var commit in batch)
            {
                if (!ReferenceEquals(commit, mine))
                {
                    commit.Finish();
                }
            }

            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _leading = false;
                    return;
                }

                next = _waiting[0];
            }
        }

        next?.Promote();
    }

    /// <summary>Moves the commits waiting behind <paramref name="batch"/> into it, as many as it has room for.</summary>
    private List<PendingCommit> TakeLate(List<PendingCommit> batch)
    {
        lock (_gate)
        {
            var count = Math.Min(maxBatch - batch.Count, _waiting.Count);
            if (count <= 0)
            {
                return [];
            }

            var late = _waiting.GetRange(0, count);
            _waiting.RemoveRange(0, count);
            batch.AddRange(late);
            return late;
        }
    }

    private static async Task WriteAsync(List<PendingCommit> batch, Func<IReadOnlyList<PendingCommit>> late, Func<IReadOnlyList<PendingCommit>, Func<IReadOnlyList<PendingCommit>>, Task> writeBatch)
    {
        try
        {
            await writeBatch(batch, late).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever escapes the writer is every commit's failure: each caller gets it, none is left waiting.
        catch (Exception e)
#pragma warning restore CA1031
        {
            foreach (var commit in batch)
            {
                commit.Fail(e);
            }
        }
    }
}

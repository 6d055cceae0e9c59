using System.Diagnostics;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Commits. The concurrent commits of one store queue in process (<see cref="CommitQueue"/>) instead
/// of on the database's write lock, and the ones that queue while a transaction is being written
/// join it before it commits (or, once it is committing, share the next one): each change set is still checked against the revision its advance read
/// (a loser gets its own <see cref="ConcurrencyConflictException"/>, the others commit), and each
/// caller returns only after the shared transaction has committed.
/// </summary>
public abstract partial class RelationalInstanceStore
{
    // Enough to absorb every worker of a busy host in one transaction; small enough to keep the write lock short.
    private const int MaxCommitsPerTransaction = 64;

    private readonly CommitQueue _commits = new(MaxCommitsPerTransaction);
    private readonly bool _groupCommit;

    private long _transactions;
    private long _changeSets;
    private long _lockTicks;
    private long _commitTicks;
    private long _callerTicks;

    public Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // The statements are made here, by the caller and before any lock: inside it only their execution remains.
        var prepared = ChangeSetWriter.Prepare(Tables, ParameterFactory, changes);
        return _groupCommit ? GroupCommitAsync(prepared, cancellationToken) : CommitAloneAsync(prepared, cancellationToken);
    }

    /// <summary>What group commit did so far: how well commits are shared, how long the write lock is held and callers wait.</summary>
    internal GroupCommitStats GroupCommitStats => new(Interlocked.Read(ref _transactions), Interlocked.Read(ref _changeSets), _commits.Overlapped,
        Interlocked.Read(ref _lockTicks), Interlocked.Read(ref _commitTicks), Interlocked.Read(ref _callerTicks));

    private async Task GroupCommitAsync(PreparedChangeSet prepared, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await _commits.CommitAsync(prepared, WriteBatchAsync, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _ = Interlocked.Add(ref _callerTicks, Stopwatch.GetTimestamp() - start);
        }
    }

    private async Task WriteBatchAsync(IReadOnlyList<PendingCommit> batch, Func<IReadOnlyList<PendingCommit>> late)
    {
        var live = new List<PendingCommit>(batch.Count);
        TakeLive(batch, live);
        if (live.Count == 0)
        {
            return;
        }

        var failure = await TryCommitTogetherAsync(live, late).ConfigureAwait(false);
        if (failure is null)
        {
            return;
        }

        if (live.Count == 1)
        {
            // Alone in its transaction: the failure is its own, as if it had been written without the queue.
            live[0].Fail(MapFailure(failure, live[0].Changes));
            return;
        }

        // A shared transaction that failed as a whole (a full disk, a fault in one change set): each is
        // tried in a transaction of its own, so each gets exactly its own outcome.
        foreach (var commit in live)
        {
            commit.Retry();
            try
            {
                await CommitAloneAsync(PreparedOf(commit), commit.CancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The failure belongs to this caller: it is rethrown on its own thread, the batch goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                commit.Fail(e);
            }
        }
    }

    /// <summary>Adds the commits of <paramref name="taken"/> whose callers still wait to <paramref name="live"/>; fails the cancelled ones.</summary>
    private static void TakeLive(IReadOnlyList<PendingCommit> taken, List<PendingCommit> live)
    {
        foreach (var commit in taken)
        {
            if (commit.CancellationToken.IsCancellationRequested)
            {
                commit.Fail(new OperationCanceledException(commit.CancellationToken));
            }
            else
            {
                live.Add(commit);
            }
        }
    }

    /// <summary>
    /// Writes every change set of <paramref name="batch"/> in one transaction, and before committing also
    /// those that queued meanwhile (<paramref name="late"/>, added to <paramref name="batch"/>): a worker
    /// whose advance ends while another's change set is being written shares its commit instead of waiting
    /// for it. A revision conflict is found by the instance row's conditional update, before the change set
    /// writes anything else, so it fails that change set alone. Returns the failure, having rolled
    /// everything back, when the transaction fails otherwise; null once committed.
    /// </summary>
    private async Task<Exception?> TryCommitTogetherAsync(List<PendingCommit> batch, Func<IReadOnlyList<PendingCommit>> late)
    {
        StoreSession session;
        try
        {
            session = await RentAsync(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Not lost: handed back to the callers of the batch.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e;
        }

        try
        {
            // Not cancellable: the batch carries other callers' change sets; each token was checked as the batch was taken.
            var begun = Stopwatch.GetTimestamp();
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, CancellationToken.None).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                var commit = batch[i];
                try
                {
                    await ChangeSetWriter.WriteAsync(session, transaction, PreparedOf(commit), CancellationToken.None).ConfigureAwait(false);
                }
                catch (ConcurrencyConflictException conflict)
                {
                    commit.Fail(conflict);
                }

                if (i == batch.Count - 1)
                {
                    TakeLive(late(), batch);
                }
            }

            var committing = Stopwatch.GetTimestamp();
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            var committed = Stopwatch.GetTimestamp();
            _ = Interlocked.Add(ref _lockTicks, committed - begun);
            _ = Interlocked.Add(ref _commitTicks, committed - committing);
            _ = Interlocked.Increment(ref _transactions);
            _ = Interlocked.Add(ref _changeSets, batch.Count);
            return null;
        }
#pragma warning disable CA1031 // Not lost: every change set of the batch meets the failure, alone or tried again alone.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // Disposing the uncommitted transaction rolled it back.
            return e;
        }
        finally
        {
            Return(session);
        }
    }

    private Exception MapFailure(Exception failure, ChangeSet changes) =>
        _provider.IsStorageFull(failure)
            ? new StorageFullException($"The database is full: the change to instance {changes.Instance.Id} was not stored.", failure)
            : failure;

    private PreparedChangeSet PreparedOf(PendingCommit commit) => commit.Prepared ?? ChangeSetWriter.Prepare(Tables, ParameterFactory, commit.Changes);

    private async Task CommitAloneAsync(PreparedChangeSet prepared, CancellationToken cancellationToken)
    {
        var changes = prepared.Changes;
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            await ChangeSetWriter.WriteAsync(session, transaction, prepared, cancellationToken).ConfigureAwait(false);

            // Not cancellable: once the change set is written, the outcome must not be left in doubt.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (_provider.IsStorageFull(e))
        {
            // The transaction is rolled back as it is disposed: nothing of the advance was stored.
            throw MapFailure(e, changes);
        }
        finally
        {
            // Disposing an uncommitted transaction rolls it back (a conflict, a fault, a cancellation).
            Return(session);
        }
    }
}

using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Commits. The concurrent commits of one store queue in process (<see cref="CommitQueue"/>) instead
/// of on the database's write lock, and the ones that queued while a transaction was being written
/// share the next one: each change set is still checked against the revision its advance read
/// (a loser gets its own <see cref="ConcurrencyConflictException"/>, the others commit), and each
/// caller returns only after the shared transaction has committed.
/// </summary>
public abstract partial class RelationalInstanceStore
{
    // Enough to absorb every worker of a busy host in one transaction; small enough to keep the write lock short.
    private const int MaxCommitsPerTransaction = 64;

    private readonly CommitQueue _commits = new(MaxCommitsPerTransaction);
    private readonly bool _groupCommit;

    public Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return _groupCommit ? _commits.CommitAsync(changes, WriteBatchAsync, cancellationToken) : CommitAloneAsync(changes, cancellationToken);
    }

    private async Task WriteBatchAsync(IReadOnlyList<PendingCommit> batch)
    {
        var live = new List<PendingCommit>(batch.Count);
        foreach (var commit in batch)
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

        if (live.Count > 1 && await TryCommitTogetherAsync(live).ConfigureAwait(false))
        {
            return;
        }

        // One change set, or a shared transaction that failed as a whole (a full disk, a fault in one
        // change set): each is tried in a transaction of its own, so each gets exactly its own outcome.
        foreach (var commit in live)
        {
            commit.Retry();
            try
            {
                await CommitAloneAsync(commit.Changes, commit.CancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The failure belongs to this caller: it is rethrown on its own thread, the batch goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                commit.Fail(e);
            }
        }
    }

    /// <summary>
    /// Writes every change set of <paramref name="batch"/> in one transaction. A revision conflict
    /// is found by the instance row's conditional update, before the change set writes anything else,
    /// so it fails that change set alone. Returns false, having rolled everything back, when the
    /// transaction fails otherwise.
    /// </summary>
    private async Task<bool> TryCommitTogetherAsync(IReadOnlyList<PendingCommit> batch)
    {
        var session = await RentAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            // Not cancellable: the batch carries other callers' change sets; each token was checked as the batch was taken.
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, CancellationToken.None).ConfigureAwait(false);
            foreach (var commit in batch)
            {
                try
                {
                    await ChangeSetWriter.WriteAsync(session, Tables, transaction, commit.Changes, CancellationToken.None).ConfigureAwait(false);
                }
                catch (ConcurrencyConflictException conflict)
                {
                    commit.Fail(conflict);
                }
            }

            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return true;
        }
#pragma warning disable CA1031 // Not lost: every change set of the batch is tried again alone and meets the failure there.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Disposing the uncommitted transaction rolled it back.
            return false;
        }
        finally
        {
            Return(session);
        }
    }

    private async Task CommitAloneAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            await ChangeSetWriter.WriteAsync(session, Tables, transaction, changes, cancellationToken).ConfigureAwait(false);

            // Not cancellable: once the change set is written, the outcome must not be left in doubt.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (_provider.IsStorageFull(e))
        {
            // The transaction is rolled back as it is disposed: nothing of the advance was stored.
            throw new StorageFullException($"The database is full: the change to instance {changes.Instance.Id} was not stored.", e);
        }
        finally
        {
            // Disposing an uncommitted transaction rolls it back (a conflict, a fault, a cancellation).
            Return(session);
        }
    }
}

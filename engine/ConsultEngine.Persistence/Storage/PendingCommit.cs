using System.Runtime.ExceptionServices;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>One caller's change set waiting in the <see cref="CommitQueue"/>, and what became of it.</summary>
internal sealed class PendingCommit(ChangeSet changes, CancellationToken cancellationToken)
{
    // Continuations run on the pool: the leader completing a batch must not run its followers' advances inline.
    private readonly TaskCompletionSource<bool> _turn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ExceptionDispatchInfo? _failure;

    public ChangeSet Changes { get; } = changes;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Its statements, made by its caller before it queued; null when the writer is to make them.</summary>
    public PreparedChangeSet? Prepared { get; init; }

    /// <summary>Completes with <c>true</c> when this caller is to lead the next batch, <c>false</c> when its commit is done (stored or failed).</summary>
    public Task<bool> Turn => _turn.Task;

    public Exception? Failure => _failure?.SourceException;

    /// <summary>Records why this change set was not stored; the first failure recorded stands until <see cref="Retry"/>.</summary>
    public void Fail(Exception exception) => _failure ??= ExceptionDispatchInfo.Capture(exception);

    /// <summary>Forgets a failure that came from the shared transaction, before the change set is tried again on its own.</summary>
    public void Retry() => _failure = null;

    public void Finish() => _turn.TrySetResult(false);

    public void Promote() => _turn.TrySetResult(true);

    public void ThrowIfFailed() => _failure?.Throw();
}

using ConsultEngine.Abstractions;

namespace ConsultEngine.Persistence.Tools;

/// <summary>An input waiting in the group-commit queue, and the task its caller awaits.</summary>
internal sealed class PendingInput(ToolInputRow row, object?[] values, UniqueKeyConflict onConflict, CancellationToken cancellationToken)
{
    // Continuations run on the pool, never on the writer: a caller's work must not delay the next batch.
    private readonly TaskCompletionSource<AppendResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ToolInputRow Row { get; } = row;

    /// <summary>The row's column values as SQLite stores them, made on the caller's thread (<see cref="InsertStatement{TRow}.Values"/>).</summary>
    public object?[] Values { get; } = values;

    public UniqueKeyConflict OnConflict { get; } = onConflict;

    /// <summary>The rows written with the input, in its savepoint, when it is stored (<see cref="InputCompanions"/>).</summary>
    public CompanionValues? Companions { get; init; }

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public Task<AppendResult> Task => _completion.Task;

    /// <summary>What the batch did with this input, kept until the batch commits.</summary>
    public AppendResult Result { get; set; }

    /// <summary>Why this input alone was not stored (its statement failed; the rest of the batch goes on).</summary>
    public Exception? Error { get; set; }

    /// <summary>Called after the commit: hands the caller its result, or its own error.</summary>
    public void Complete()
    {
        if (Error is { } error)
        {
            _completion.TrySetException(error);
        }
        else
        {
            _completion.TrySetResult(Result);
        }
    }

    public void Fail(Exception error) => _completion.TrySetException(error);

    public bool TryCancel() => CancellationToken.IsCancellationRequested && _completion.TrySetCanceled(CancellationToken);
}

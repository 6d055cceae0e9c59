using System.Data.Common;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Storage;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// What the provider-neutral inputs and records of a step (<see cref="RelationalToolInputs"/>,
/// <see cref="RelationalToolRecords"/>) need of their store: the generated statements, pooled
/// sessions, the ingestion writer and the step tally. SQLite and PostgreSQL differ only behind it.
/// </summary>
internal interface IRelationalToolStore
{
    ToolStatements Statements { get; }

    /// <summary>The clock that stamps <c>RecordedAt</c> and <c>UpdatedAt</c>.</summary>
    TimeProvider Clock { get; }

    /// <summary>Whether the store keeps aggregate cells that a change of a counted input must correct (Tools/Aggregates).</summary>
    bool KeepsAggregateCells { get; }

    /// <summary>Runs <paramref name="read"/> on a pooled session, outside any transaction.</summary>
    ValueTask<T> ReadAsync<T>(Func<StoreSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="write"/> in a write transaction and commits unless it throws.</summary>
    ValueTask<T> WriteAsync<T>(Func<StoreSession, DbTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken);

    /// <summary>Hands the input (and its companions) to the store's group-commit writer; completes once committed.</summary>
    ValueTask<AppendResult> AppendAsync(ToolInputRow row, UniqueKeyConflict onConflict, InputCompanions? companions, CancellationToken cancellationToken);

    /// <summary>The step's tally of the inputs stored now.</summary>
    ValueTask<InputTally> TallyAsync(Guid instanceId, string stepId, IReadOnlyList<QuestionSpec> questions, CancellationToken cancellationToken);
}

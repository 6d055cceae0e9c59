using System.Data.Common;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Storage;

namespace ConsultEngine.Persistence.Tools.Aggregates;

/// <summary>
/// A step's <see cref="InputTally"/> on SQLite. The cells count every input of the step up to a sequence;
/// a call first folds in the inputs appended since (one range scan of the step's index, nothing when none
/// came), so a call costs what came since the last one plus the cells, never the whole step. The first
/// call on a step (an existing installation, or a new plan: the tool's questions changed) builds the cells
/// from every input once. Changes to inputs already counted are applied as they commit (<see cref="CountedChanges"/>),
/// and <see cref="AggregateFolder"/> folds appends in the background as they commit, so a call finds little to fold.
/// </summary>
internal static class StepTally
{
    public static async ValueTask<InputTally> ReadAsync(SqliteToolDataStore store, Guid instanceId, string stepId, IReadOnlyList<QuestionSpec> questions, CancellationToken cancellationToken)
    {
        var plan = InputTally.PlanOf(questions);
        var current = await store.ReadAsync(async (session, token) =>
        {
            // One read transaction: the state and the cells are of the same moment.
            await using var transaction = await session.Connection.BeginTransactionAsync(token).ConfigureAwait(false);
            var state = State(store, session, transaction, instanceId, stepId);
            return state.UpToDate(plan) ? Cells(store, session, transaction, instanceId, stepId) : null;
        }, cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            return new InputTally(current);
        }

        var cells = await store.WriteAsync((session, transaction, token) =>
        {
            var state = State(store, session, transaction, instanceId, stepId);
            var through = state.Plan == plan ? state.Through : 0;
            if (state.Plan is not null && state.Plan != plan)
            {
                StepCommand(store, session, AggregateSql.ForgetCells, transaction, instanceId, stepId).ExecuteNonQuery();
            }

            var (delta, last) = FoldSince(store, session, transaction, instanceId, stepId, questions, through);
            if (delta.Count > 0)
            {
                AggregateFold.Write(session.Connection, transaction, InstanceValue(session, transaction, last), stepId, delta);
            }

            var put = StepCommand(store, session, AggregateSql.PutStep, transaction, instanceId, stepId);
            AggregateFold.Parameter(put, "@plan", plan);
            AggregateFold.Parameter(put, "@sequence", Math.Max(last, through));
            put.ExecuteNonQuery();
            return Task.FromResult(Cells(store, session, transaction, instanceId, stepId));
        }, cancellationToken).ConfigureAwait(false);
        return new InputTally(cells);
    }

    /// <summary>
    /// (In the caller's write transaction; <paramref name="transaction"/> is null when the caller began it on the connection itself.)
    /// Folds at most <paramref name="limit"/> of the inputs appended since the step's watermark, with the
    /// step's own registered plan, and moves the watermark in the same transaction (so a fold and an
    /// analysis that run at once never count an input twice). Returns whether it folded any, and whether inputs are left to fold.
    /// </summary>
    public static (bool Folded, bool More) FoldChunk(SqliteToolDataStore store, StoreSession session, DbTransaction? transaction, Guid instanceId, string stepId, int limit)
    {
        var state = State(store, session, transaction, instanceId, stepId);
        if (state.Plan is null || state.Through >= state.Last)
        {
            return (false, false);
        }

        var (delta, last) = FoldSince(store, session, transaction, instanceId, stepId, InputTally.QuestionsOf(state.Plan), state.Through, limit);
        if (last <= state.Through)
        {
            return (false, false);
        }

        AggregateFold.Write(session.Connection, transaction, InstanceValue(session, transaction, last), stepId, delta);
        var put = StepCommand(store, session, AggregateSql.PutStep, transaction, instanceId, stepId);
        AggregateFold.Parameter(put, "@plan", state.Plan);
        AggregateFold.Parameter(put, "@sequence", last);
        put.ExecuteNonQuery();
        return (true, last < state.Last);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (Dictionary<string, long> Cells, long Last) FoldSince(SqliteToolDataStore store, StoreSession session, DbTransaction? transaction, Guid instanceId, string stepId, IReadOnlyList<QuestionSpec> questions, long through, int? limit = null)
    {
        var builder = new InputTallyBuilder(questions);
        var command = StepCommand(store, session, limit is null ? AggregateSql.InputsSince : AggregateSql.InputsSinceLimited, transaction, instanceId, stepId);
        AggregateFold.Parameter(command, "@sequence", through);
        if (limit is { } most)
        {
            AggregateFold.Parameter(command, "@limit", most);
        }

        var attributes = new string?[InputTallyBuilder.Attributes.Count];
        var last = through;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                AggregateFold.Add(builder, reader, attributes, 1);
                last = reader.GetInt64(AggregateSql.FoldColumnCount);
            }
        }

        return (builder.Build(), last);
    }

    private static StepState State(SqliteToolDataStore store, StoreSession session, DbTransaction? transaction, Guid instanceId, string stepId)
    {
        using var reader = StepCommand(store, session, AggregateSql.StepState, transaction, instanceId, stepId).ExecuteReader();
        reader.Read();
        return new StepState(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.IsDBNull(2) ? 0 : reader.GetInt64(2));
    }

    private static Dictionary<string, long> Cells(SqliteToolDataStore store, StoreSession session, DbTransaction transaction, Guid instanceId, string stepId)
    {
        var cells = new Dictionary<string, long>(StringComparer.Ordinal);
        using var reader = StepCommand(store, session, AggregateSql.StepCells, transaction, instanceId, stepId).ExecuteReader();
        while (reader.Read())
        {
            cells[reader.GetString(0)] = reader.GetInt64(1);
        }

        return cells;
    }

    /// <summary>The instance id as the tool tables store it, read from an input of the step (the cells use the same form, so changes found by sequence meet them).</summary>
    private static object InstanceValue(StoreSession session, DbTransaction? transaction, long sequence)
    {
        using var command = session.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT "instance_id" FROM "tool_inputs" WHERE "sequence" = @sequence""";
        AggregateFold.Parameter(command, "@sequence", sequence);
        return command.ExecuteScalar()!;
    }

    private static DbCommand StepCommand(SqliteToolDataStore store, StoreSession session, string sql, DbTransaction? transaction, Guid instanceId, string stepId)
    {
        var table = store.Statements.Inputs;
        var command = session.Command(sql, transaction);
        table.BindExtra(command, ToolStatements.InstanceParameter, nameof(ToolInputRow.InstanceId), instanceId);
        table.BindExtra(command, ToolStatements.StepParameter, nameof(ToolInputRow.StepId), stepId);
        return command;
    }

    private sealed record StepState(string? Plan, long Through, long Last)
    {
        public bool UpToDate(string plan) => Plan == plan && Through >= Last;
    }
}

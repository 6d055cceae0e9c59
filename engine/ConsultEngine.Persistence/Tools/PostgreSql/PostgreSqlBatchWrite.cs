using System.Data;
using ConsultEngine.Abstractions;
using Npgsql;

namespace ConsultEngine.Persistence.Tools.PostgreSql;

/// <summary>
/// Writes a batch of queued inputs in the caller's transaction, in two round trips whatever its size:
/// first every input — one multi-row insert (an array a column, unnested) with <c>ON CONFLICT ... DO NOTHING</c>,
/// or, when an input replaces a vote, one pipelined statement an input with the <c>UPDATE</c> withdrawing the
/// holder before it — then the companions of the inputs that went in and the holders of the keys that were taken. Each input's <see cref="PendingInput.Result"/> is set; nothing is acknowledged
/// here (the caller completes the inputs after its commit).
/// </summary>
internal static class PostgreSqlBatchWrite
{
    private const string Savepoint = "one_input";

    /// <summary>Errors of one statement's data (class 22 data exception, 23 integrity, 54 too large): the input's own, not the batch's.</summary>
    public static bool IsStatementError(PostgresException e) => e.SqlState.StartsWith("22", StringComparison.Ordinal)
        || e.SqlState.StartsWith("23", StringComparison.Ordinal) || e.SqlState.StartsWith("54", StringComparison.Ordinal);

    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgreSqlToolSql sql, IReadOnlyList<PendingInput> inputs)
    {
        var (inserted, previous) = inputs.Any(p => Keyed(p.Row) && p.OnConflict == UniqueKeyConflict.Replace)
            ? await InsertInOrderAsync(connection, transaction, sql, inputs).ConfigureAwait(false)
            : await InsertTogetherAsync(connection, transaction, sql, inputs).ConfigureAwait(false);

        var holders = new List<(int Input, int Command)>();
        await using (var companions = new NpgsqlBatch(connection, transaction))
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                var pending = inputs[i];
                if (!inserted[i])
                {
                    holders.Add((i, companions.BatchCommands.Count));
                    companions.BatchCommands.Add(KeyCommand(PostgreSqlToolSql.HolderOf, pending.Row));
                    continue;
                }

                pending.Result = previous[i] is { } replaced
                    ? new AppendResult(AppendStatus.Replaced, replaced)
                    : new AppendResult(AppendStatus.Stored);
                if (pending.Companions?.Record is { } record)
                {
                    companions.BatchCommands.Add(sql.Record.Command(record));
                }

                if (pending.Companions?.DeletionCode is { } code)
                {
                    companions.BatchCommands.Add(sql.DeletionCode.Command(code));
                }
            }

            if (companions.BatchCommands.Count == 0)
            {
                return;
            }

            var found = await ReadResultsAsync(companions).ConfigureAwait(false);

            // Taken, by an earlier input of this batch or by a commit of any node: the refusal names the holder.
            foreach (var (input, command) in holders)
            {
                inputs[input].Result = new AppendResult(AppendStatus.Conflict, found[command] as Guid?);
            }
        }
    }

    /// <summary>
    /// The batch's inputs in one statement (the common batch: no input replaces a vote). Two inputs of the batch
    /// with one key meet in the statement itself: the first goes in, the second changes no row.
    /// </summary>
    private static async Task<(bool[] Inserted, Guid?[] Previous)> InsertTogetherAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgreSqlToolSql sql, IReadOnlyList<PendingInput> inputs)
    {
        var ids = new HashSet<Guid>();
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            batch.BatchCommands.Add(sql.Input.Rows(sql.InsertRowsUnlessKeyHeld, [.. inputs.Select(p => p.Values)]));
            await using var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        return ([.. inputs.Select(p => ids.Contains(p.Row.Id))], new Guid?[inputs.Count]);
    }

    /// <summary>The batch's inputs one statement each, in order: an input that replaces a vote withdraws the holder first.</summary>
    private static async Task<(bool[] Inserted, Guid?[] Previous)> InsertInOrderAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgreSqlToolSql sql, IReadOnlyList<PendingInput> inputs)
    {
        // Per input: the command that withdraws the holder of its key (or -1) and its insert.
        var withdraw = new int[inputs.Count];
        var insert = new int[inputs.Count];
        object?[] results;
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                var pending = inputs[i];
                var keyed = Keyed(pending.Row);
                withdraw[i] = -1;
                if (keyed && pending.OnConflict == UniqueKeyConflict.Replace)
                {
                    withdraw[i] = batch.BatchCommands.Count;
                    batch.BatchCommands.Add(KeyCommand(PostgreSqlToolSql.WithdrawHolder, pending.Row));
                }

                insert[i] = batch.BatchCommands.Count;
                batch.BatchCommands.Add(sql.Input.Command(pending.Values, keyed ? sql.InsertUnlessKeyHeld : sql.InsertInput));
            }

            results = await ReadResultsAsync(batch).ConfigureAwait(false);
        }

        return ([.. insert.Select(c => results[c] is not null)], [.. withdraw.Select(c => c >= 0 ? results[c] as Guid? : null)]);
    }

    /// <summary>The batch again in one transaction, each input in a savepoint: a failed one is undone alone and keeps its error.</summary>
    public static async Task WriteEachAsync(NpgsqlConnection connection, PostgreSqlToolSql sql, IReadOnlyList<PendingInput> inputs)
    {
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted).ConfigureAwait(false);
        foreach (var pending in inputs)
        {
            pending.Error = null;
            await transaction.SaveAsync(Savepoint).ConfigureAwait(false);
            try
            {
                await WriteAsync(connection, transaction, sql, [pending]).ConfigureAwait(false);
                await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
            }
            catch (PostgresException e) when (IsStatementError(e))
            {
                await transaction.RollbackAsync(Savepoint).ConfigureAwait(false);
                pending.Error = e;
            }
        }

        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Whether the input takes part in the one-per-person rule (a key, and not entered withdrawn).</summary>
    private static bool Keyed(ToolInputRow row) => row.UniqueKey is not null && (row.Flags & (int)InputMarks.Withdrawn) == 0;

    private static NpgsqlBatchCommand KeyCommand(string sql, ToolInputRow row) => new(sql)
    {
        Parameters =
        {
            new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid, Value = row.InstanceId },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = row.StepId },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = row.UniqueKey! },
        },
    };

    /// <summary>Runs the batch and reads the first value each command returns (null when it returned no row); every command returns a result.</summary>
    private static async Task<object?[]> ReadResultsAsync(NpgsqlBatch batch)
    {
        var values = new object?[batch.BatchCommands.Count];
        await using var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
        for (var command = 0; command < values.Length; command++)
        {
            if (command > 0 && !await reader.NextResultAsync().ConfigureAwait(false))
            {
                throw new InvalidOperationException($"The batch of {values.Length} statements returned {command} results.");
            }

            if (await reader.ReadAsync().ConfigureAwait(false))
            {
                values[command] = reader.GetValue(0);
            }
        }

        return values;
    }
}

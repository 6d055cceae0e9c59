using System.Data.Common;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Writes one <see cref="ChangeSet"/> inside the caller's write transaction, in the order the
/// in-memory store applies it: the instance row first (so a conflict stops everything before any
/// other row is touched), then step states (removed, then upserted), journal, bookmarks, timers, outbox and incidents.
/// Rows of one kind go in one multi-row statement; on SQLite each is the session's cached prepared command,
/// on PostgreSQL the driver prepares the statements it sees often (automatic preparation, see
/// PostgreSqlStoreProvider). The statements and their parameters are made first (<see cref="Prepare"/>), by the
/// caller and outside the write lock: the rows mapped, the values read and converted. Only their
/// execution (<see cref="WriteAsync"/>) holds the lock.
/// </summary>
internal static class ChangeSetWriter
{
    /// <summary>The statements that write <paramref name="changes"/>; <paramref name="factory"/> only creates their parameters.</summary>
    public static PreparedChangeSet Prepare(StoreTables tables, DbCommand factory, ChangeSet changes)
    {
        var statements = new List<PreparedStatement>();
        var instance = changes.Instance.ToRow();
        var parameters = new List<DbParameter>();
        tables.Instances.AddParameters(factory, parameters, instance);
        if (changes.ExpectedRevision == 0)
        {
            statements.Add(new(tables.Instances.InsertIfAbsent, [.. parameters]));
        }
        else
        {
            tables.Instances.AddExtraParameter(factory, parameters, StoreTables.ExpectedRevisionParameter, nameof(InstanceRow.Revision), changes.ExpectedRevision);
            statements.Add(new(tables.UpdateInstanceIfRevision, [.. parameters]));
        }

        foreach (var stepId in changes.StepsRemoved)
        {
            statements.Add(Delete(tables.Steps, factory, instance.Id, stepId));
        }

        AddRows(statements, tables.Steps, factory, [.. changes.Steps.Select(s => s.ToRow(instance.Id))], upsert: true);

        // Appended, never upserted: an entry at a position that is taken is a fault, not an update.
        AddRows(statements, tables.Journal, factory, [.. changes.Journal.Select(RowMapping.ToRow)], upsert: false);

        foreach (var stepId in changes.BookmarksRemoved)
        {
            statements.Add(Delete(tables.Bookmarks, factory, instance.Id, stepId));
        }

        AddRows(statements, tables.Bookmarks, factory, [.. changes.BookmarksAdded.Select(RowMapping.ToRow)], upsert: true);

        foreach (var timerId in changes.TimersRemoved)
        {
            statements.Add(Delete(tables.Timers, factory, timerId));
        }

        AddRows(statements, tables.Timers, factory, [.. changes.TimersAdded.Select(RowMapping.ToRow)], upsert: true);
        AddRows(statements, tables.Outbox, factory, [.. changes.Outbox.Select(RowMapping.ToRow)], upsert: true);
        AddRows(statements, tables.Incidents, factory, [.. changes.Incidents.Select(RowMapping.ToRow)], upsert: true);
        return new PreparedChangeSet(changes, statements);
    }

    /// <summary>
    /// Executes the statements of <paramref name="prepared"/> in <paramref name="transaction"/>. The instance
    /// row runs alone, so a revision conflict throws before any other row is touched. Where the driver sends
    /// several statements at once (<see cref="DbConnection.CanCreateBatch"/>: Npgsql) the rest go as one
    /// <see cref="DbBatch"/>, one round trip instead of four to six; elsewhere (SQLite, in process, no round
    /// trip to save) each runs as the session's cached prepared command.
    /// </summary>
    public static async Task WriteAsync(StoreSession session, DbTransaction transaction, PreparedChangeSet prepared, CancellationToken cancellationToken)
    {
        var statements = prepared.Statements;
        if (await ExecuteAsync(session, transaction, statements[0], cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new ConcurrencyConflictException(prepared.Changes.Instance.Id, prepared.Changes.ExpectedRevision);
        }

        if (statements.Count == 1)
        {
            return;
        }

        if (session.Connection.CanCreateBatch)
        {
            await ExecuteBatchAsync(session, transaction, statements, cancellationToken).ConfigureAwait(false);
            return;
        }

        for (var i = 1; i < statements.Count; i++)
        {
            await ExecuteAsync(session, transaction, statements[i], cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> ExecuteAsync(StoreSession session, DbTransaction transaction, PreparedStatement statement, CancellationToken cancellationToken)
    {
        var command = session.Command(statement.Sql, transaction);
        command.Parameters.AddRange(statement.Parameters);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The parameters leave the command: a change set tried again alone binds them to another one.
            command.Parameters.Clear();
        }
    }

    private static async Task ExecuteBatchAsync(StoreSession session, DbTransaction transaction, IReadOnlyList<PreparedStatement> statements, CancellationToken cancellationToken)
    {
        await using var batch = session.Connection.CreateBatch();
        batch.Transaction = transaction;
        for (var i = 1; i < statements.Count; i++)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statements[i].Sql;
            command.Parameters.AddRange(statements[i].Parameters);
            batch.BatchCommands.Add(command);
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (DbBatchCommand command in batch.BatchCommands)
            {
                command.Parameters.Clear();
            }
        }
    }

    /// <summary>Rows in one multi-row statement per <see cref="RowTable{TRow}.MaxRowsPerStatement"/> rows.</summary>
    private static void AddRows<TRow>(List<PreparedStatement> statements, RowTable<TRow> table, DbCommand factory, TRow[] rows, bool upsert)
        where TRow : class
    {
        for (var start = 0; start < rows.Length; start += RowTable<TRow>.MaxRowsPerStatement)
        {
            var count = Math.Min(RowTable<TRow>.MaxRowsPerStatement, rows.Length - start);
            var parameters = new List<DbParameter>(count * 16);
            table.AddRowParameters(factory, parameters, rows, start, count);
            statements.Add(new(table.InsertRows(count, upsert), [.. parameters]));
        }
    }

    private static PreparedStatement Delete<TRow>(RowTable<TRow> table, DbCommand factory, params object[] key)
        where TRow : class
    {
        var parameters = new List<DbParameter>();
        table.AddKeyParameters(factory, parameters, key);
        return new(table.DeleteByKey, [.. parameters]);
    }
}

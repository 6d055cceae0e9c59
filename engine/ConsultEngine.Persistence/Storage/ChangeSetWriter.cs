using System.Data.Common;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Writes one <see cref="ChangeSet"/> inside the caller's write transaction, in the order the
/// in-memory store applies it: the instance row first (so a conflict stops everything before any
/// other row is touched), then step states (removed, then upserted), journal, bookmarks, timers, outbox and incidents.
/// Rows of one kind go in one multi-row statement; on SQLite each is the session's cached prepared
/// command, on PostgreSQL the statements after the instance row go in one batch (one round trip) and
/// the driver prepares the ones it sees often (automatic preparation, see PostgreSqlStoreProvider).
/// </summary>
internal static class ChangeSetWriter
{
    public static async Task WriteAsync(StoreSession session, StoreTables tables, DbTransaction transaction, ChangeSet changes, CancellationToken cancellationToken)
    {
        var instance = changes.Instance.ToRow();
        DbCommand command;
        if (changes.ExpectedRevision == 0)
        {
            command = session.Command(tables.Instances.InsertIfAbsent, transaction);
            tables.Instances.Bind(command, instance);
        }
        else
        {
            command = session.Command(tables.UpdateInstanceIfRevision, transaction);
            tables.Instances.Bind(command, instance);
            tables.Instances.BindExtra(command, StoreTables.ExpectedRevisionParameter, nameof(InstanceRow.Revision), changes.ExpectedRevision);
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new ConcurrencyConflictException(instance.Id, changes.ExpectedRevision);
        }

        // The instance row ran alone: a conflict is known before anything else of the change set is written.
        // The rest goes in one round trip where the driver batches (see ChangeSetStatements).
        await using var statements = new ChangeSetStatements(session, transaction);
        foreach (var stepId in changes.StepsRemoved)
        {
            await DeleteAsync(statements, tables.Steps, [instance.Id, stepId], cancellationToken).ConfigureAwait(false);
        }

        await WriteRowsAsync(statements, tables.Steps, [.. changes.Steps.Select(s => s.ToRow(instance.Id))], upsert: true, cancellationToken).ConfigureAwait(false);

        // Appended, never upserted: an entry at a position that is taken is a fault, not an update.
        await WriteRowsAsync(statements, tables.Journal, [.. changes.Journal.Select(RowMapping.ToRow)], upsert: false, cancellationToken).ConfigureAwait(false);

        foreach (var stepId in changes.BookmarksRemoved)
        {
            await DeleteAsync(statements, tables.Bookmarks, [instance.Id, stepId], cancellationToken).ConfigureAwait(false);
        }

        await WriteRowsAsync(statements, tables.Bookmarks, [.. changes.BookmarksAdded.Select(RowMapping.ToRow)], upsert: true, cancellationToken).ConfigureAwait(false);

        foreach (var timerId in changes.TimersRemoved)
        {
            await DeleteAsync(statements, tables.Timers, [timerId], cancellationToken).ConfigureAwait(false);
        }

        await WriteRowsAsync(statements, tables.Timers, [.. changes.TimersAdded.Select(RowMapping.ToRow)], upsert: true, cancellationToken).ConfigureAwait(false);
        await WriteRowsAsync(statements, tables.Outbox, [.. changes.Outbox.Select(RowMapping.ToRow)], upsert: true, cancellationToken).ConfigureAwait(false);
        await WriteRowsAsync(statements, tables.Incidents, [.. changes.Incidents.Select(RowMapping.ToRow)], upsert: true, cancellationToken).ConfigureAwait(false);
        await statements.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes rows with one multi-row statement per <see cref="RowTable{TRow}.MaxRowsPerStatement"/> rows.</summary>
    private static async Task WriteRowsAsync<TRow>(ChangeSetStatements statements, RowTable<TRow> table, TRow[] rows, bool upsert, CancellationToken cancellationToken)
        where TRow : class
    {
        for (var start = 0; start < rows.Length; start += RowTable<TRow>.MaxRowsPerStatement)
        {
            var (from, count) = (start, Math.Min(RowTable<TRow>.MaxRowsPerStatement, rows.Length - start));
            await statements.AddAsync(table.InsertRows(count, upsert), (factory, parameters) => table.BindRows(factory, parameters, rows, from, count), cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task DeleteAsync<TRow>(ChangeSetStatements statements, RowTable<TRow> table, object[] key, CancellationToken cancellationToken)
        where TRow : class =>
        statements.AddAsync(table.DeleteByKey, (factory, parameters) => table.BindKey(factory, parameters, key), cancellationToken);
}

using System.Data.Common;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Writes one <see cref="ChangeSet"/> inside the caller's write transaction, in the order the
/// in-memory store applies it: the instance row first (so a conflict stops everything before any
/// other row is touched), then step states (removed, then upserted), journal, bookmarks, timers, outbox and incidents.
/// Rows of one kind go in one multi-row statement; statements are prepared once per session and
/// only re-bound.
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

        foreach (var stepId in changes.StepsRemoved)
        {
            await DeleteAsync(session, tables.Steps, transaction, [instance.Id, stepId], cancellationToken).ConfigureAwait(false);
        }

        await WriteRowsAsync(session, tables.Steps, transaction, [.. changes.Steps.Select(s => s.ToRow(instance.Id))], upsert: true, cancellationToken).ConfigureAwait(false);

        // Appended, never upserted: an entry at a position that is taken is a fault, not an update.
        await WriteRowsAsync(session, tables.Journal, transaction, [.. changes.Journal.Select(RowMapping.ToRow)], upsert: false, cancellationToken).ConfigureAwait(false);

        foreach (var stepId in changes.BookmarksRemoved)
        {
            await DeleteAsync(session, tables.Bookmarks, transaction, [instance.Id, stepId], cancellationToken).ConfigureAwait(false);
        }

        await WriteRowsAsync(session, tables.Bookmarks, transaction, [.. changes.BookmarksAdded.Select(RowMapping.ToRow)], upsert: true, cancellationToken).ConfigureAwait(false);

        foreach (var timerId in changes.TimersRemoved)
        {
            await DeleteAsync(session, tables.Timers, transaction, [timerId], cancellationToken).ConfigureAwait(false);
        }

        await WriteRowsAsync(session, tables.Timers, transaction, [.. changes.TimersAdded.Select(RowMapping.ToRow)], upsert: true, cancellationToken).ConfigureAwait(false);
        await WriteRowsAsync(session, tables.Outbox, transaction, [.. changes.Outbox.Select(RowMapping.ToRow)], upsert: true, cancellationToken).ConfigureAwait(false);
        await WriteRowsAsync(session, tables.Incidents, transaction, [.. changes.Incidents.Select(RowMapping.ToRow)], upsert: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes rows with one multi-row statement per <see cref="RowTable{TRow}.MaxRowsPerStatement"/> rows.</summary>
    private static async Task WriteRowsAsync<TRow>(StoreSession session, RowTable<TRow> table, DbTransaction transaction, TRow[] rows, bool upsert, CancellationToken cancellationToken)
        where TRow : class
    {
        for (var start = 0; start < rows.Length; start += RowTable<TRow>.MaxRowsPerStatement)
        {
            var count = Math.Min(RowTable<TRow>.MaxRowsPerStatement, rows.Length - start);
            var command = session.Command(table.InsertRows(count, upsert), transaction);
            table.BindRows(command, rows, start, count);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task DeleteAsync<TRow>(StoreSession session, RowTable<TRow> table, DbTransaction transaction, object[] key, CancellationToken cancellationToken)
        where TRow : class
    {
        var command = session.Command(table.DeleteByKey, transaction);
        table.BindKey(command, key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

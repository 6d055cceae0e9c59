using System.Data.Common;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Writes one <see cref="ChangeSet"/> inside the caller's write transaction, in the order the
/// in-memory store applies it: the instance row first (so a conflict stops everything before any
/// other row is touched), then step states, journal, bookmarks, timers, outbox and incidents.
/// Statements are prepared once per session and only re-bound.
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

        foreach (var step in changes.Steps)
        {
            await ExecuteAsync(session, tables.Steps, tables.Steps.Upsert, transaction, step.ToRow(instance.Id), cancellationToken).ConfigureAwait(false);
        }

        foreach (var entry in changes.Journal)
        {
            await ExecuteAsync(session, tables.Journal, tables.Journal.Insert, transaction, entry.ToRow(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var stepId in changes.BookmarksRemoved)
        {
            await DeleteAsync(session, tables.Bookmarks, transaction, [instance.Id, stepId], cancellationToken).ConfigureAwait(false);
        }

        foreach (var bookmark in changes.BookmarksAdded)
        {
            await ExecuteAsync(session, tables.Bookmarks, tables.Bookmarks.Upsert, transaction, bookmark.ToRow(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var timerId in changes.TimersRemoved)
        {
            await DeleteAsync(session, tables.Timers, transaction, [timerId], cancellationToken).ConfigureAwait(false);
        }

        foreach (var timer in changes.TimersAdded)
        {
            await ExecuteAsync(session, tables.Timers, tables.Timers.Upsert, transaction, timer.ToRow(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var message in changes.Outbox)
        {
            await ExecuteAsync(session, tables.Outbox, tables.Outbox.Upsert, transaction, message.ToRow(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var incident in changes.Incidents)
        {
            await ExecuteAsync(session, tables.Incidents, tables.Incidents.Upsert, transaction, incident.ToRow(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync<TRow>(StoreSession session, RowTable<TRow> table, string sql, DbTransaction transaction, TRow row, CancellationToken cancellationToken)
        where TRow : class
    {
        var command = session.Command(sql, transaction);
        table.Bind(command, row);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task DeleteAsync<TRow>(StoreSession session, RowTable<TRow> table, DbTransaction transaction, object[] key, CancellationToken cancellationToken)
        where TRow : class
    {
        var command = session.Command(table.DeleteByKey, transaction);
        table.BindKey(command, key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

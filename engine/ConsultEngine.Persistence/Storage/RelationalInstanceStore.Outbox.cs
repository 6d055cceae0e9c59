using ConsultEngine.Persistence.Model;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Storage;

/// <summary>The outbox queue with retries: due messages, failed attempts, dead letters and their hand retry.</summary>
public abstract partial class RelationalInstanceStore : IOutboxLedger
{
    private OutboxStatements? _outboxStatements;

    private OutboxStatements OutboxSql => _outboxStatements ??= new OutboxStatements(Tables.Outbox);

    public Task<IReadOnlyList<OutboxMessage>> FindDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        ReadAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.DispatchedAt == null && m.DeadAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(max).AsAsyncEnumerable(), RowMapping.ToRecord, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ListUndeliveredAsync(int max, CancellationToken cancellationToken = default) =>
        ReadAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.DispatchedAt == null)
            .OrderBy(m => m.DeadAt == null).ThenBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(max).AsAsyncEnumerable(), RowMapping.ToRecord, cancellationToken);

    public async Task<OutboxMessage?> FindMessageAsync(Guid messageId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(db => db.Outbox.AsNoTracking().Where(m => m.Id == messageId).AsAsyncEnumerable(), RowMapping.ToRecord, cancellationToken).ConfigureAwait(false))
            .SingleOrDefault();

    public async Task RecordFailureAsync(OutboxFailure failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var sql = OutboxSql;
        await WriteOutboxAsync(sql.RecordFailure, command =>
        {
            sql.Outbox.BindExtra(command, OutboxStatements.AttemptsParameter, nameof(OutboxRow.Attempts), failure.Attempts);
            sql.Outbox.BindExtra(command, OutboxStatements.ErrorParameter, nameof(OutboxRow.LastError), failure.Error);
            sql.Outbox.BindExtra(command, OutboxStatements.NextParameter, nameof(OutboxRow.NextAttemptAt), failure.NextAttemptAt);
            sql.Outbox.BindExtra(command, OutboxStatements.DeadParameter, nameof(OutboxRow.DeadAt), failure.DeadAt);
            sql.Outbox.BindExtra(command, OutboxStatements.IdParameter, nameof(OutboxRow.Id), failure.MessageId);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RetryDeadAsync(Guid messageId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var sql = OutboxSql;
        return await WriteOutboxAsync(sql.RetryDead, command =>
        {
            sql.Outbox.BindExtra(command, OutboxStatements.NextParameter, nameof(OutboxRow.NextAttemptAt), now);
            sql.Outbox.BindExtra(command, OutboxStatements.IdParameter, nameof(OutboxRow.Id), messageId);
        }, cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task QueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sql = OutboxSql;
        await WriteOutboxAsync(sql.Outbox.Insert, command => sql.Outbox.Bind(command, RowMapping.ToRow(message)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ReplacePayloadAsync(Guid messageId, string payloadJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payloadJson);
        var sql = OutboxSql;
        return await WriteOutboxAsync(sql.ReplacePayload, command =>
        {
            sql.Outbox.BindExtra(command, OutboxStatements.PayloadParameter, nameof(OutboxRow.PayloadJson), payloadJson);
            sql.Outbox.BindExtra(command, OutboxStatements.IdParameter, nameof(OutboxRow.Id), messageId);
        }, cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<int> WriteOutboxAsync(string statement, Action<System.Data.Common.DbCommand> bind, CancellationToken cancellationToken)
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            var command = session.Command(statement, transaction);
            bind(command);
            var changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return changed;
        }
        finally
        {
            Return(session);
        }
    }
}

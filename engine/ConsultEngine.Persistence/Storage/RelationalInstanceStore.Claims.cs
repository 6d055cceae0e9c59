using System.Data.Common;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Row claims for several nodes on one database. Each store is one node (<see cref="NodeId"/>): it
/// claims due timers and outbox messages with a lease in one short write transaction (on PostgreSQL
/// skipping the rows another node is claiming at that moment), and writes an outbox outcome only
/// while its claim holds. On SQLite the single writer makes the claims serial; they cost a column.
/// </summary>
public abstract partial class RelationalInstanceStore : ITimerClaims, IOutboxClaims
{
    private ClaimStatements? _claimStatements;

    /// <summary>
    /// The name this store claims rows under: the one its options give (a host's <c>ConsultEngine:Cluster:NodeId</c>),
    /// else the host's name, the process id and an id of its own, so two stores of one process are two nodes.
    /// </summary>
    public string NodeId { get; }

    /// <summary>The longest node id a claim column holds (<c>claimed_by</c>, 100 characters).</summary>
    public const int MaxNodeIdLength = 100;

    private static string DefaultNodeId() => $"{Truncate(Environment.MachineName, 50)}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private ClaimStatements ClaimSql => _claimStatements ??= new ClaimStatements(Tables, _provider.SkipLockedRows);

    public async Task<IReadOnlyList<TimerRecord>> ClaimDueTimersAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        var sql = ClaimSql;
        var rows = await ClaimAsync(sql.ClaimTimers, sql.Timers, command =>
        {
            BindClaim(sql.Timers, command, nameof(TimerRow.DueAt), now, lease, max);
            Tables.Instances.BindExtra(command, ClaimStatements.StatusParameter, nameof(InstanceRow.Status), InstanceStatus.Running);
        }, cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(t => t.DueAt).ThenBy(t => t.StepId, StringComparer.Ordinal).Select(RowMapping.ToRecord)];
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        var sql = ClaimSql;
        var rows = await ClaimAsync(sql.ClaimOutbox, sql.Outbox, command => BindClaim(sql.Outbox, command, nameof(OutboxRow.CreatedAt), now, lease, max), cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Select(RowMapping.ToRecord)];
    }

    public async Task<bool> MarkClaimedDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var sql = ClaimSql;
        return await WriteOutboxAsync(sql.MarkClaimedDispatched, command =>
        {
            sql.Outbox.BindExtra(command, ClaimStatements.AtParameter, nameof(OutboxRow.DispatchedAt), at);
            sql.Outbox.BindExtra(command, OutboxStatements.IdParameter, nameof(OutboxRow.Id), messageId);
            sql.Outbox.BindExtra(command, ClaimStatements.NodeParameter, nameof(OutboxRow.ClaimedBy), NodeId);
        }, cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> RecordClaimedFailureAsync(OutboxFailure failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var sql = ClaimSql;
        return await WriteOutboxAsync(sql.RecordClaimedFailure, command =>
        {
            sql.Outbox.BindExtra(command, OutboxStatements.AttemptsParameter, nameof(OutboxRow.Attempts), failure.Attempts);
            sql.Outbox.BindExtra(command, OutboxStatements.ErrorParameter, nameof(OutboxRow.LastError), failure.Error);
            sql.Outbox.BindExtra(command, OutboxStatements.NextParameter, nameof(OutboxRow.NextAttemptAt), failure.NextAttemptAt);
            sql.Outbox.BindExtra(command, OutboxStatements.DeadParameter, nameof(OutboxRow.DeadAt), failure.DeadAt);
            sql.Outbox.BindExtra(command, OutboxStatements.IdParameter, nameof(OutboxRow.Id), failure.MessageId);
            sql.Outbox.BindExtra(command, ClaimStatements.NodeParameter, nameof(OutboxRow.ClaimedBy), NodeId);
        }, cancellationToken).ConfigureAwait(false) == 1;
    }

    private void BindClaim<TRow>(RowTable<TRow> table, DbCommand command, string timeProperty, DateTimeOffset now, TimeSpan lease, int max)
        where TRow : class
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        table.BindExtra(command, ClaimStatements.NodeParameter, "ClaimedBy", NodeId);
        table.BindExtra(command, ClaimStatements.UntilParameter, "ClaimedUntil", now + lease);
        table.BindExtra(command, ClaimStatements.NowParameter, timeProperty, now);
        var limit = command.CreateParameter();
        limit.ParameterName = table.Placeholder(ClaimStatements.MaxParameter);
        limit.Value = max;
        command.Parameters.Add(limit);
    }

    private async Task<List<TRow>> ClaimAsync<TRow>(string statement, RowTable<TRow> table, Action<DbCommand> bind, CancellationToken cancellationToken)
        where TRow : class
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            var command = session.Command(statement, transaction);
            bind(command);
            var rows = new List<TRow>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(table.Read(reader));
                }
            }

            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return rows;
        }
        finally
        {
            Return(session);
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

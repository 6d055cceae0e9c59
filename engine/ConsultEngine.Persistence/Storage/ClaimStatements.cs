using ConsultEngine.Persistence.Model;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// The statements that claim due timers and outbox messages for one node (a lease: the node's name
/// and an expiry), and the outbox's writes that hold only while the claim does. One statement claims
/// a batch: its inner <c>SELECT</c> picks the rows (skipping the ones another node has locked, where
/// the database can) and the <c>UPDATE</c> marks them, returning them whole.
/// </summary>
internal sealed class ClaimStatements
{
    public const string NodeParameter = "node";

    public const string NowParameter = "now";

    public const string UntilParameter = "until";

    public const string MaxParameter = "max";

    public const string StatusParameter = "running";

    public const string AtParameter = "at";

    public ClaimStatements(StoreTables tables, string skipLockedRows)
    {
        Timers = tables.Timers;
        Outbox = tables.Outbox;
        var timers = tables.Timers;
        var instances = tables.Instances;
        string P(string name) => timers.Placeholder(name);

        var timerBy = timers.Column(nameof(TimerRow.ClaimedBy));
        var timerUntil = timers.Column(nameof(TimerRow.ClaimedUntil));
        var timerId = timers.Column(nameof(TimerRow.Id));
        var due = timers.Column(nameof(TimerRow.DueAt));

        // A node takes its own claims again (a firing that lost to another advance is tried next round);
        // the firing itself is exactly-once through the instance's revision, the claim only keeps the
        // other nodes on other timers.
        ClaimTimers = $"UPDATE {timers.TableName} SET {timerBy} = {P(NodeParameter)}, {timerUntil} = {P(UntilParameter)} "
            + $"WHERE {timerId} IN (SELECT {timerId} FROM {timers.TableName} WHERE {due} <= {P(NowParameter)} "
            + $"AND ({timerUntil} IS NULL OR {timerUntil} <= {P(NowParameter)} OR {timerBy} = {P(NodeParameter)}) "
            + $"AND EXISTS (SELECT 1 FROM {instances.TableName} WHERE {instances.TableName}.{instances.Column(nameof(InstanceRow.Id))} = {timers.TableName}.{timers.Column(nameof(TimerRow.InstanceId))} "
            + $"AND {instances.TableName}.{instances.Column(nameof(InstanceRow.Status))} = {P(StatusParameter)}) "
            + $"ORDER BY {due}, {timers.Column(nameof(TimerRow.StepId))} LIMIT {P(MaxParameter)}{skipLockedRows}) "
            + $"RETURNING {Columns(timers)}";

        var outbox = tables.Outbox;
        var by = outbox.Column(nameof(OutboxRow.ClaimedBy));
        var until = outbox.Column(nameof(OutboxRow.ClaimedUntil));
        var id = outbox.Column(nameof(OutboxRow.Id));
        var dispatched = outbox.Column(nameof(OutboxRow.DispatchedAt));
        var next = outbox.Column(nameof(OutboxRow.NextAttemptAt));
        var attempts = outbox.Column(nameof(OutboxRow.Attempts));

        // Unlike a timer, a message is never taken again by the node that holds it: a send is not
        // idempotent, so a claim that is still running (two dispatch rounds of one node) keeps it.
        ClaimOutbox = $"UPDATE {outbox.TableName} SET {by} = {P(NodeParameter)}, {until} = {P(UntilParameter)} "
            + $"WHERE {id} IN (SELECT {id} FROM {outbox.TableName} WHERE {dispatched} IS NULL AND {outbox.Column(nameof(OutboxRow.DeadAt))} IS NULL "
            + $"AND ({next} IS NULL OR {next} <= {P(NowParameter)}) AND ({until} IS NULL OR {until} <= {P(NowParameter)}) "
            + $"ORDER BY {outbox.Column(nameof(OutboxRow.CreatedAt))}, {id} LIMIT {P(MaxParameter)}{skipLockedRows}) "
            + $"RETURNING {Columns(outbox)}";

        // Marked sent only while this node still holds the message: once another node has taken it
        // over (the lease ran out) that node's outcome is the one kept.
        MarkClaimedDispatched = $"UPDATE {outbox.TableName} SET {dispatched} = {P(AtParameter)}, {attempts} = {attempts} + 1 "
            + $"WHERE {id} = {P(OutboxStatements.IdParameter)} AND {by} = {P(NodeParameter)} AND {dispatched} IS NULL";
        RecordClaimedFailure = $"UPDATE {outbox.TableName} SET {attempts} = {P(OutboxStatements.AttemptsParameter)}, {outbox.Column(nameof(OutboxRow.LastError))} = {P(OutboxStatements.ErrorParameter)}, "
            + $"{next} = {P(OutboxStatements.NextParameter)}, {outbox.Column(nameof(OutboxRow.DeadAt))} = {P(OutboxStatements.DeadParameter)}, {by} = NULL, {until} = NULL "
            + $"WHERE {id} = {P(OutboxStatements.IdParameter)} AND {by} = {P(NodeParameter)} AND {dispatched} IS NULL";
    }

    public RowTable<TimerRow> Timers { get; }

    public RowTable<OutboxRow> Outbox { get; }

    public string ClaimTimers { get; }

    public string ClaimOutbox { get; }

    public string MarkClaimedDispatched { get; }

    public string RecordClaimedFailure { get; }

    // The column list of SelectColumns, in the order RowTable.Read expects.
    private static string Columns<TRow>(RowTable<TRow> table)
        where TRow : class
    {
        var select = table.SelectColumns;
        return select["SELECT ".Length..select.LastIndexOf(" FROM ", StringComparison.Ordinal)];
    }
}

using ConsultEngine.Persistence.Model;

namespace ConsultEngine.Persistence.Storage;

/// <summary>The write statements of the outbox queue (a failed attempt, a hand retry), generated from the model's column names.</summary>
internal sealed class OutboxStatements
{
    public const string IdParameter = "id";

    public const string AttemptsParameter = "attempts";

    public const string ErrorParameter = "error";

    public const string NextParameter = "next";

    public const string DeadParameter = "dead";

    public const string PayloadParameter = "payload";

    public OutboxStatements(RowTable<OutboxRow> outbox)
    {
        Outbox = outbox;
        var id = outbox.Column(nameof(OutboxRow.Id));
        var attempts = outbox.Column(nameof(OutboxRow.Attempts));
        var error = outbox.Column(nameof(OutboxRow.LastError));
        var next = outbox.Column(nameof(OutboxRow.NextAttemptAt));
        var dead = outbox.Column(nameof(OutboxRow.DeadAt));
        var dispatched = outbox.Column(nameof(OutboxRow.DispatchedAt));
        RecordFailure = $"UPDATE {outbox.TableName} SET {attempts} = {outbox.Placeholder(AttemptsParameter)}, {error} = {outbox.Placeholder(ErrorParameter)}, "
            + $"{next} = {outbox.Placeholder(NextParameter)}, {dead} = {outbox.Placeholder(DeadParameter)} WHERE {id} = {outbox.Placeholder(IdParameter)} AND {dispatched} IS NULL";
        RetryDead = $"UPDATE {outbox.TableName} SET {attempts} = 0, {dead} = NULL, {next} = {outbox.Placeholder(NextParameter)} "
            + $"WHERE {id} = {outbox.Placeholder(IdParameter)} AND {dispatched} IS NULL AND {dead} IS NOT NULL";
        ReplacePayload = $"UPDATE {outbox.TableName} SET {outbox.Column(nameof(OutboxRow.PayloadJson))} = {outbox.Placeholder(PayloadParameter)} WHERE {id} = {outbox.Placeholder(IdParameter)}";
    }

    public RowTable<OutboxRow> Outbox { get; }

    public string RecordFailure { get; }

    public string RetryDead { get; }

    public string ReplacePayload { get; }
}

using ConsultEngine.Persistence.Model;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>The write statements of every table, generated once per store from its context's model.</summary>
internal sealed class StoreTables
{
    public StoreTables(ConsultDbContext context)
    {
        var model = context.Model;
        var sql = context.GetService<ISqlGenerationHelper>();
        Instances = new RowTable<InstanceRow>(model, sql);
        Steps = new RowTable<StepStateRow>(model, sql);
        Journal = new RowTable<JournalRow>(model, sql);
        Bookmarks = new RowTable<BookmarkRow>(model, sql);
        Timers = new RowTable<TimerRow>(model, sql);
        Outbox = new RowTable<OutboxRow>(model, sql);
        Incidents = new RowTable<IncidentRow>(model, sql);

        // The optimistic-concurrency check: the row changes only if nobody committed since it was read.
        UpdateInstanceIfRevision = $"{Instances.UpdateByKey} AND {Instances.Column(nameof(InstanceRow.Revision))} = {sql.GenerateParameterName(ExpectedRevisionParameter)}";

        var dispatched = Outbox.Column(nameof(OutboxRow.DispatchedAt));
        var attempts = Outbox.Column(nameof(OutboxRow.Attempts));
        var outboxId = Outbox.Column(nameof(OutboxRow.Id));
        MarkDispatched = $"UPDATE {Outbox.TableName} SET {dispatched} = {sql.GenerateParameterName(AtParameter)}, {attempts} = {attempts} + 1 WHERE {outboxId} = {sql.GenerateParameterName(IdParameter)}";
    }

    public const string ExpectedRevisionParameter = "expected_revision";

    public const string AtParameter = "at";

    public const string IdParameter = "id";

    public RowTable<InstanceRow> Instances { get; }

    public RowTable<StepStateRow> Steps { get; }

    public RowTable<JournalRow> Journal { get; }

    public RowTable<BookmarkRow> Bookmarks { get; }

    public RowTable<TimerRow> Timers { get; }

    public RowTable<OutboxRow> Outbox { get; }

    public RowTable<IncidentRow> Incidents { get; }

    public string UpdateInstanceIfRevision { get; }

    public string MarkDispatched { get; }
}

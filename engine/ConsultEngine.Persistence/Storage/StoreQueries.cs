using ConsultEngine.Persistence.Model;
using ConsultEngine.Runtime.State;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// The list and queue reads (journal, inbox, incidents, due timers, outbox), compiled once per
/// store so that a read costs a round trip and not a LINQ translation. Every query is no-tracking
/// and loads only the rows it names. The reads of every advance are in <see cref="HotReads"/>.
/// </summary>
internal sealed class StoreQueries
{
    public Func<ConsultDbContext, Guid, IAsyncEnumerable<StepStateRow>> AllSteps { get; } =
        EF.CompileAsyncQuery<ConsultDbContext, Guid, StepStateRow>((ConsultDbContext db, Guid id) =>
            db.StepStates.AsNoTracking().Where(s => s.InstanceId == id).OrderBy(s => s.StepId));


    public Func<ConsultDbContext, Guid, IAsyncEnumerable<JournalRow>> Journal { get; } =
        EF.CompileAsyncQuery<ConsultDbContext, Guid, JournalRow>((ConsultDbContext db, Guid id) =>
            db.Journal.AsNoTracking().Where(e => e.InstanceId == id).OrderBy(e => e.Sequence));

    public Func<ConsultDbContext, Guid, IAsyncEnumerable<BookmarkRow>> InstanceBookmarks { get; } =
        EF.CompileAsyncQuery<ConsultDbContext, Guid, BookmarkRow>((ConsultDbContext db, Guid id) =>
            db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == id).OrderBy(b => b.CreatedAt).ThenBy(b => b.StepId));

    public Func<ConsultDbContext, Guid, IAsyncEnumerable<IncidentRow>> InstanceIncidents { get; } =
        EF.CompileAsyncQuery<ConsultDbContext, Guid, IncidentRow>((ConsultDbContext db, Guid id) =>
            db.Incidents.AsNoTracking().Where(i => i.InstanceId == id).OrderBy(i => i.At).ThenBy(i => i.Id));

    /// <summary>Due timers of running instances only: a suspended consultation's deadlines wait for it.</summary>
    public Func<ConsultDbContext, DateTimeOffset, int, IAsyncEnumerable<TimerRow>> DueTimers { get; } =
        EF.CompileAsyncQuery((ConsultDbContext db, DateTimeOffset now, int max) =>
            db.Timers.AsNoTracking()
                .Where(t => t.DueAt <= now && db.Instances.Any(i => i.Id == t.InstanceId && i.Status == InstanceStatus.Running))
                .OrderBy(t => t.DueAt).ThenBy(t => t.StepId)
                .Take(max));

    public Func<ConsultDbContext, int, IAsyncEnumerable<OutboxRow>> Undispatched { get; } =
        EF.CompileAsyncQuery((ConsultDbContext db, int max) =>
            db.Outbox.AsNoTracking().Where(m => m.DispatchedAt == null).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(max));
}

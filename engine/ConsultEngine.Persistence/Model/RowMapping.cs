using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Persistence.Model;

/// <summary>Converts between the runtime's immutable records and the rows EF Core maps.</summary>
internal static class RowMapping
{
    public static InstanceRow ToRow(this InstanceRecord r) => new()
    {
        Id = r.Id,
        DefinitionId = r.DefinitionId,
        DefinitionVersion = r.DefinitionVersion,
        Title = r.Title,
        Status = r.Status,
        VariablesJson = r.VariablesJson,
        PhaseIndex = r.PhaseIndex,
        PhaseOpenSteps = r.PhaseOpenSteps,
        PhaseOpenRoutes = r.PhaseOpenRoutes,
        Revision = r.Revision,
        JournalLength = r.JournalLength,
        JournalHead = r.JournalHead,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
    };

    public static InstanceRecord ToRecord(this InstanceRow r) => new()
    {
        Id = r.Id,
        DefinitionId = r.DefinitionId,
        DefinitionVersion = r.DefinitionVersion,
        Title = r.Title,
        Status = r.Status,
        VariablesJson = r.VariablesJson,
        PhaseIndex = r.PhaseIndex,
        PhaseOpenSteps = r.PhaseOpenSteps,
        PhaseOpenRoutes = r.PhaseOpenRoutes,
        Revision = r.Revision,
        JournalLength = r.JournalLength,
        JournalHead = r.JournalHead,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
    };

    public static StepStateRow ToRow(this StepState s, Guid instanceId) => new()
    {
        InstanceId = instanceId,
        StepId = s.StepId,
        Status = s.Status,
        Iteration = s.Iteration,
        Released = s.Released,
        Outcome = s.Outcome,
        OutputJson = s.OutputJson,
        Actor = s.Actor,
        ActivatedAt = s.ActivatedAt,
        DueAt = s.DueAt,
        CompletedAt = s.CompletedAt,
    };

    public static StepState ToRecord(this StepStateRow s) => new()
    {
        StepId = s.StepId,
        Status = s.Status,
        Iteration = s.Iteration,
        Released = s.Released,
        Outcome = s.Outcome,
        OutputJson = s.OutputJson,
        Actor = s.Actor,
        ActivatedAt = s.ActivatedAt,
        DueAt = s.DueAt,
        CompletedAt = s.CompletedAt,
    };

    public static JournalRow ToRow(this JournalEntry e) => new()
    {
        InstanceId = e.InstanceId,
        Sequence = e.Sequence,
        At = e.At,
        Event = e.Event,
        StepId = e.StepId,
        Iteration = e.Iteration,
        Actor = e.Actor,
        DataJson = e.DataJson,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    public static JournalEntry ToRecord(this JournalRow e) => new()
    {
        InstanceId = e.InstanceId,
        Sequence = e.Sequence,
        At = e.At,
        Event = e.Event,
        StepId = e.StepId,
        Iteration = e.Iteration,
        Actor = e.Actor,
        DataJson = e.DataJson,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    public static BookmarkRow ToRow(this Bookmark b) => new()
    {
        InstanceId = b.InstanceId,
        StepId = b.StepId,
        Iteration = b.Iteration,
        StepType = b.StepType,
        Role = b.Role,
        CreatedAt = b.CreatedAt,
        DueAt = b.DueAt,
    };

    public static Bookmark ToRecord(this BookmarkRow b) => new(b.InstanceId, b.StepId, b.Iteration, b.StepType, b.Role, b.CreatedAt, b.DueAt);

    public static TimerRow ToRow(this TimerRecord t) => new()
    {
        Id = t.Id,
        InstanceId = t.InstanceId,
        StepId = t.StepId,
        Iteration = t.Iteration,
        Kind = t.Kind,
        DueAt = t.DueAt,
    };

    public static TimerRecord ToRecord(this TimerRow t) => new(t.Id, t.InstanceId, t.StepId, t.Iteration, t.Kind, t.DueAt);

    public static OutboxRow ToRow(this OutboxMessage m) => new()
    {
        Id = m.Id,
        InstanceId = m.InstanceId,
        StepId = m.StepId,
        Kind = m.Kind,
        PayloadJson = m.PayloadJson,
        CreatedAt = m.CreatedAt,
        DispatchedAt = m.DispatchedAt,
        Attempts = m.Attempts,
        NextAttemptAt = m.NextAttemptAt,
        LastError = m.LastError,
        DeadAt = m.DeadAt,
    };

    public static OutboxMessage ToRecord(this OutboxRow m) => new(m.Id, m.InstanceId, m.StepId, m.Kind, m.PayloadJson, m.CreatedAt)
    {
        DispatchedAt = m.DispatchedAt,
        Attempts = m.Attempts,
        NextAttemptAt = m.NextAttemptAt,
        LastError = m.LastError,
        DeadAt = m.DeadAt,
    };

    public static IncidentRow ToRow(this Incident i) => new()
    {
        Id = i.Id,
        InstanceId = i.InstanceId,
        StepId = i.StepId,
        Code = i.Code,
        Message = i.Message,
        At = i.At,
        ResolvedAt = i.ResolvedAt,
    };

    public static Incident ToRecord(this IncidentRow i) => new(i.Id, i.InstanceId, i.StepId, i.Code, i.Message, i.At)
    {
        ResolvedAt = i.ResolvedAt,
    };
}

using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Queries;

/// <summary>
/// A consultation (an instance) as readers see it: what it runs on, where it stands, its variables.
/// The store's counters (open steps, the journal's head) stay behind the query API.
/// </summary>
public sealed record ConsultationRow(
    Guid Id,
    string? Title,
    string DefinitionId,
    int DefinitionVersion,
    InstanceStatus Status,
    int PhaseIndex,
    long Revision,
    string VariablesJson,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt);

/// <summary>
/// Where one step of a consultation stands. A step that was never reached has no row. <see cref="Released"/>
/// says the step completed without routing elsewhere, so the steps waiting on it went on.
/// </summary>
public sealed record ConsultationStep(
    string StepId,
    StepStatus Status,
    int Iteration,
    bool Released,
    string? Outcome,
    string? Actor,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? CompletedAt);

/// <summary>A step that waits on people or a tool (a task of somebody's inbox), since when and until when.</summary>
public sealed record WaitingStep(Guid InstanceId, string StepId, int Iteration, string StepType, string? Role, DateTimeOffset Since, DateTimeOffset? DueAt);

/// <summary>A consultation with everything the console shows of it at once.</summary>
public sealed record ConsultationDetail(
    ConsultationRow Consultation,
    IReadOnlyList<ConsultationStep> Steps,
    IReadOnlyList<Journal.JournalEntry> Journal,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<WaitingStep> Waiting);

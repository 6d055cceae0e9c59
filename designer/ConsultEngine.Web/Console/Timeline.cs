using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Queries;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>Where a phase stands in a consultation.</summary>
public enum PhaseStanding
{
    Done,
    Active,
    Waiting,
}

/// <summary>Where a step stands: the engine's status, plus <see cref="Escalated"/> when its due date passed while it waited.</summary>
public sealed record TimelineStep(
    string Id,
    string Type,
    LocalizedText? Title,
    string? Role,
    StepStatus Status,
    bool Escalated,
    bool IsTool,
    string? Form,
    string? Outcome,
    string? Actor,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<OutcomeDefinition> Outcomes);

public sealed record TimelinePhase(string Id, LocalizedText? Title, PhaseStanding Standing, IReadOnlyList<TimelineStep> Steps);

/// <summary>The phases of an instance's definition with every step's state, in document order.</summary>
internal static class Timeline
{
    public static IReadOnlyList<TimelinePhase> Build(ProcessDefinition definition, ConsultationRow instance, IReadOnlyList<ConsultationStep> states, IReadOnlyList<JournalEntry> journal)
    {
        var byStep = states.ToDictionary(s => s.StepId, StringComparer.Ordinal);
        var escalated = journal
            .Where(e => e.Event == JournalEvents.EscalationRaised && e.StepId is not null)
            .Select(e => (e.StepId!, e.Iteration ?? 0))
            .ToHashSet();
        var phases = new List<TimelinePhase>(definition.Phases.Count);
        for (var index = 0; index < definition.Phases.Count; index++)
        {
            var phase = definition.Phases[index];
            var standing = instance.Status == InstanceStatus.Completed || index < instance.PhaseIndex ? PhaseStanding.Done
                : index == instance.PhaseIndex ? PhaseStanding.Active
                : PhaseStanding.Waiting;
            var steps = phase.Steps.Select(step =>
            {
                var state = byStep.GetValueOrDefault(step.Id) ?? new ConsultationStep(step.Id, StepStatus.Pending, 0, false, null, null, null, null, null);
                var isEscalated = state.Status == StepStatus.Waiting && escalated.Contains((step.Id, state.Iteration));
                return new TimelineStep(step.Id, step.Type, step.Title, step.Role, state.Status, isEscalated, IsTool(step), step.Form,
                    state.Outcome, state.Actor, state.ActivatedAt, state.DueAt, state.CompletedAt, step.Outcomes);
            }).ToList();
            phases.Add(new TimelinePhase(phase.Id, phase.Title, standing, steps));
        }

        return phases;
    }

    public static bool IsTool(StepDefinition step) => step.Type.StartsWith("tool:", StringComparison.Ordinal);
}

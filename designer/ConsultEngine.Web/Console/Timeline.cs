using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
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

/// <summary>
/// Where a step stands: the engine's status, plus <see cref="Escalated"/> when its due date passed while it waited;
/// <see cref="TypeTitle"/> and <see cref="RoleTitle"/> say its type and role in words (the registry's and the definition's).
/// </summary>
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
    IReadOnlyList<OutcomeDefinition> Outcomes,
    LocalizedText? TypeTitle = null,
    LocalizedText? RoleTitle = null);

public sealed record TimelinePhase(string Id, LocalizedText? Title, PhaseStanding Standing, IReadOnlyList<TimelineStep> Steps);

/// <summary>The phases of an instance's definition with every step's state, in document order.</summary>
internal static class Timeline
{
    public static IReadOnlyList<TimelinePhase> Build(ProcessDefinition definition, ConsultationRow instance, IReadOnlyList<ConsultationStep> states, IReadOnlyList<JournalEntry> journal, IStepTypeRegistry? stepTypes = null)
    {
        var roles = definition.Roles.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
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
                    state.Outcome, state.Actor, state.ActivatedAt, state.DueAt, state.CompletedAt, step.Outcomes,
                    TypeTitle(stepTypes, step.Type), step.Role is null ? null : roles.GetValueOrDefault(step.Role));
            }).ToList();
            phases.Add(new TimelinePhase(phase.Id, phase.Title, standing, steps));
        }

        return phases;
    }

    // The type's title as the registry knows it (built-in types and the loaded tools' manifests); none for a type it lacks.
    private static LocalizedText? TypeTitle(IStepTypeRegistry? stepTypes, string type) =>
        stepTypes is not null && StepTypeName.TryParse(type, out var name, out var major) && stepTypes.TryGet(name, major, out var descriptor) ? descriptor.Title : null;

    public static bool IsTool(StepDefinition step) => step.Type.StartsWith("tool:", StringComparison.Ordinal);
}

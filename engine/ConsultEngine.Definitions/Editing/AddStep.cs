using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// Adds a step of <paramref name="Type"/> to a phase, at <paramref name="Index"/> or at the end. Its
/// id is <paramref name="Id"/> when given, otherwise a unique id made from the type.
/// </summary>
public sealed record AddStep(string PhaseId, string Type, LocalizedText Title, int? Index = null, string? Id = null, string? Role = null) : EditCommand
{
    private protected override EditResult Apply(ProcessDefinition definition, IStepTypeRegistry? stepTypes)
    {
        var draft = new DefinitionDraft(definition);
        var phase = draft.FindPhase(PhaseId);
        if (phase < 0)
        {
            return Refuse(definition, EditCodes.UnknownPhase, $"There is no phase '{PhaseId}'.");
        }

        if (!StepTypeName.TryParse(Type, out var name, out var major))
        {
            return Refuse(definition, DiagnosticCodes.MalformedStepType, $"'{Type}' is not a step type reference.");
        }

        if (stepTypes is not null && !stepTypes.TryGet(name, major, out _))
        {
            return Refuse(definition, DiagnosticCodes.UnknownStepType, $"The step type '{Type}' is not registered.");
        }

        if (string.IsNullOrWhiteSpace(Title?.Vi))
        {
            return Refuse(definition, DiagnosticCodes.MissingVietnameseTitle, "A new step needs a Vietnamese title.");
        }

        var steps = draft.Phases[phase].Steps;
        var index = Index ?? steps.Count;
        if (index < 0 || index > steps.Count)
        {
            return Refuse(definition, EditCodes.PositionOutOfRange, $"The phase '{PhaseId}' has {steps.Count} steps; position {index} is outside it.");
        }

        var id = Id ?? StepIds.Unique(Type, draft.AllSteps.Select(s => s.Id));
        if (!StepIds.IsValid(id))
        {
            return Refuse(definition, EditCodes.InvalidStepId, $"'{id}' is not a valid step id.", id);
        }

        if (draft.Contains(id))
        {
            return Refuse(definition, EditCodes.StepIdTaken, $"A step '{id}' already exists.", id);
        }

        steps.Insert(index, new StepDefinition { Id = id, Type = Type, Title = Title, Role = string.IsNullOrEmpty(Role) ? null : Role });
        return Done(draft, id);
    }
}

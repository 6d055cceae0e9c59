using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// Moves a step to <paramref name="Index"/> of a phase (its own or another). The index counts the
/// target phase's steps without the moved one, so 0 is first and the phase's count is last.
/// Moving changes which step a step without <c>after</c> follows, as reordering means.
/// </summary>
public sealed record MoveStep(string StepId, string PhaseId, int Index) : EditCommand
{
    private protected override EditResult Apply(ProcessDefinition definition, IStepTypeRegistry? stepTypes)
    {
        var draft = new DefinitionDraft(definition);
        if (UnknownStep(definition, draft, StepId) is { } refused)
        {
            return refused;
        }

        var target = draft.FindPhase(PhaseId);
        if (target < 0)
        {
            return Refuse(definition, EditCodes.UnknownPhase, $"There is no phase '{PhaseId}'.", StepId);
        }

        var (phase, index) = draft.Find(StepId)!.Value;
        var step = draft.Phases[phase].Steps[index];
        draft.Phases[phase].Steps.RemoveAt(index);
        var steps = draft.Phases[target].Steps;
        if (Index < 0 || Index > steps.Count)
        {
            return Refuse(definition, EditCodes.PositionOutOfRange, $"The phase '{PhaseId}' has room for positions 0 to {steps.Count}; {Index} is outside it.", StepId);
        }

        if (phase == target && index == Index)
        {
            return Unchanged(definition, StepId);
        }

        steps.Insert(Index, step);
        return Done(draft, StepId);
    }
}

using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// Removes a connection. A dependency comes out of <c>To</c>'s <c>after</c>; when <c>To</c> followed
/// <c>From</c> implicitly, it gets <c>after: []</c> and starts with its phase. A route loses its
/// <c>goto</c> (the outcome stays, as a result of the step); <paramref name="Outcome"/> picks one
/// outcome when several route to the same step.
/// </summary>
public sealed record Disconnect(string From, string To, ConnectionKind Kind, string? Outcome = null) : EditCommand
{
    private protected override EditResult Apply(ProcessDefinition definition, IStepTypeRegistry? stepTypes)
    {
        var draft = new DefinitionDraft(definition);
        if (UnknownStep(definition, draft, From, To) is { } refused)
        {
            return refused;
        }

        if (Kind == ConnectionKind.Dependency)
        {
            var predecessors = draft.Predecessors(To);
            if (!predecessors.Contains(From, StringComparer.Ordinal))
            {
                return Refuse(definition, EditCodes.NotConnected, $"The step '{To}' does not wait for '{From}'.", To);
            }

            draft.Replace(To, s => s with { After = [.. predecessors.Where(p => p != From)] });
            return Done(draft, To);
        }

        bool Matches(OutcomeDefinition o) => o.Goto == To && (Outcome is null || o.Id == Outcome);
        if (!draft.Step(From).Outcomes.Any(Matches))
        {
            return Refuse(definition, EditCodes.NotConnected, $"No outcome of '{From}' routes to '{To}'.", From);
        }

        draft.Replace(From, s => s with { Outcomes = [.. s.Outcomes.Select(o => Matches(o) ? o with { Goto = null } : o)] });
        return Done(draft, From);
    }
}

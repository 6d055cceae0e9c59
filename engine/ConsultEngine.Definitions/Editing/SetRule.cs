using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>Sets the source of a named rule (<c>rules.name</c>), creating it when new; a null <paramref name="Source"/> removes it.</summary>
public sealed record SetRule(string Name, string? Source) : EditCommand
{
    private protected override EditResult Apply(ProcessDefinition definition, IStepTypeRegistry? stepTypes)
    {
        if (!StepIds.IsValidRuleName(Name))
        {
            return Refuse(definition, EditCodes.InvalidRuleName, $"'{Name}' is not a JavaScript identifier.");
        }

        var draft = new DefinitionDraft(definition);
        if (Source is null)
        {
            return draft.Rules.Remove(Name) ? Done(draft) : Refuse(definition, EditCodes.UnknownRule, $"There is no rule '{Name}'.");
        }

        if (draft.Rules.TryGetValue(Name, out var current) && current == Source)
        {
            return Unchanged(definition);
        }

        draft.Rules[Name] = Source;
        return Done(draft);
    }
}

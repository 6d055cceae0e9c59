using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// One small edit of a definition, as the designer's mouse and panels make them. A command is
/// checked before it changes anything: it either gives the next definition or refuses with a coded
/// <see cref="EditError"/> and leaves the definition as it was.
/// </summary>
public abstract record EditCommand
{
    private protected EditCommand()
    {
    }

    /// <summary>Applies the command to <paramref name="definition"/>; <paramref name="stepTypes"/>, when given, allows checks that depend on a step's type.</summary>
    public EditResult ApplyTo(ProcessDefinition definition, IStepTypeRegistry? stepTypes = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Apply(definition, stepTypes);
    }

    private protected abstract EditResult Apply(ProcessDefinition definition, IStepTypeRegistry? stepTypes);

    private protected static EditResult Refuse(ProcessDefinition definition, DiagnosticDescriptor code, string message, string? stepId = null) =>
        new() { Definition = definition, Error = EditError.Of(code, message, stepId) };

    private protected static EditResult Unchanged(ProcessDefinition definition, string? stepId = null) =>
        new() { Definition = definition, StepId = stepId };

    private protected static EditResult Done(DefinitionDraft draft, string? stepId = null) =>
        new() { Definition = draft.ToDefinition(), Changed = true, StepId = stepId };

    private protected static EditResult? UnknownStep(ProcessDefinition definition, DefinitionDraft draft, params string[] stepIds)
    {
        var missing = stepIds.FirstOrDefault(id => !draft.Contains(id));
        return missing is null ? null : Refuse(definition, EditCodes.UnknownStep, $"There is no step '{missing}'.", missing);
    }
}

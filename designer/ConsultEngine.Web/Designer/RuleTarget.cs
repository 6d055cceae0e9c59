using System.Text.Json;
using ConsultEngine.Definitions.Documents;
using ConsultEngine.Definitions.Editing;
using ConsultEngine.Definitions.Editing.Rules;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// The script the rule editor has open, named by what it belongs to rather than by its JSON Pointer,
/// so it stays open while edits move its step around.
/// </summary>
public sealed record RuleTarget(RuleKind Kind, string? StepId = null, string? RuleName = null, int? CheckIndex = null)
{
    public static RuleTarget Guard(string stepId) => new(RuleKind.Guard, StepId: stepId);

    public static RuleTarget Check(string stepId, int index) => new(RuleKind.Check, StepId: stepId, CheckIndex: index);

    public static RuleTarget Rule(string name) => new(RuleKind.Rule, RuleName: name);

    /// <summary>The script's pointer and source in <paramref name="definition"/> (an empty source for a guard not written yet), or null when its owner is gone.</summary>
    public (string Path, string Source)? Resolve(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        switch (Kind)
        {
            case RuleKind.Rule:
                return RuleName is not null && definition.Rules.TryGetValue(RuleName, out var rule) ? ("/rules/" + JsonPositionMap.Escape(RuleName), rule) : null;
            default:
                var pointer = StepId is null ? null : DiagnosticTargets.PointerOf(definition, StepId);
                var step = definition.AllSteps().FirstOrDefault(s => s.Id == StepId);
                if (pointer is null || step is null)
                {
                    return null;
                }

                if (Kind == RuleKind.Guard)
                {
                    return (pointer + "/when", step.When ?? string.Empty);
                }

                return CheckIndex is { } i && i < step.Validate.Count ? ($"{pointer}/validate/{i}", step.Validate[i]) : null;
        }
    }

    /// <summary>The edit that stores <paramref name="source"/> as this script; an empty guard is removed.</summary>
    public EditCommand ToCommand(string source) => Kind switch
    {
        RuleKind.Rule => new SetRule(RuleName!, source),
        RuleKind.Guard => new SetStepField(StepId!, "/when", string.IsNullOrWhiteSpace(source) ? null : JsonSerializer.Serialize(source)),
        _ => new SetStepField(StepId!, $"/validate/{CheckIndex}", JsonSerializer.Serialize(source)),
    };
}

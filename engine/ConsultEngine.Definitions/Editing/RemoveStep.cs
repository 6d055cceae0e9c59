using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// Removes a step together with every reference to it: entries of other steps' <c>after</c>, the
/// <c>goto</c> of outcomes routing to it (the outcomes stay) and report section sources. What was
/// taken out is listed in <see cref="EditResult.Removed"/>. Scripts that read the step are left for
/// the validator to report (CE4004).
/// </summary>
public sealed record RemoveStep(string StepId) : EditCommand
{
    private protected override EditResult Apply(ProcessDefinition definition, IStepTypeRegistry? stepTypes)
    {
        var draft = new DefinitionDraft(definition);
        if (UnknownStep(definition, draft, StepId) is { } refused)
        {
            return refused;
        }

        var (phase, index) = draft.Find(StepId)!.Value;
        draft.Phases[phase].Steps.RemoveAt(index);

        var removed = new List<RemovedReference>();
        draft.ReplaceAll(step =>
        {
            var changed = step;
            if (step.After is { } after && after.Contains(StepId, StringComparer.Ordinal))
            {
                removed.Add(new RemovedReference(ReferenceKind.Dependency, step.Id));
                changed = changed with { After = [.. after.Where(a => a != StepId)] };
            }

            if (step.Outcomes.Any(o => o.Goto == StepId))
            {
                removed.AddRange(step.Outcomes.Where(o => o.Goto == StepId).Select(o => new RemovedReference(ReferenceKind.Route, step.Id, o.Id)));
                changed = changed with { Outcomes = [.. step.Outcomes.Select(o => o.Goto == StepId ? o with { Goto = null } : o)] };
            }

            return changed;
        });

        if (draft.Report is { } report)
        {
            draft.Report = report with { Sections = [.. report.Sections.Select(s => WithoutSource(s, removed))] };
        }

        return Done(draft) with { Removed = removed };
    }

    private ReportSection WithoutSource(ReportSection section, List<RemovedReference> removed)
    {
        if (section.Sources.Contains(StepId, StringComparer.Ordinal))
        {
            removed.Add(new RemovedReference(ReferenceKind.ReportSource, section.Id));
            section = section with { Sources = [.. section.Sources.Where(s => s != StepId)] };
        }

        return section.Sections.Count == 0 ? section : section with { Sections = [.. section.Sections.Select(s => WithoutSource(s, removed))] };
    }
}

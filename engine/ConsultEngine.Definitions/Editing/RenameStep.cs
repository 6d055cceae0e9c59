using ConsultEngine.Definitions.Documents;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// Gives a step a new id and updates every reference: <c>after</c> lists, outcome routes, report
/// sources and the scripts (rules, guards, checks) that read the step. A script that does not parse
/// cannot be rewritten safely; it is left as it was and listed in <see cref="EditResult.ScriptsNotUpdated"/>.
/// </summary>
public sealed record RenameStep(string StepId, string NewId) : EditCommand
{
    private protected override EditResult Apply(ProcessDefinition definition, IStepTypeRegistry? stepTypes)
    {
        var draft = new DefinitionDraft(definition);
        if (UnknownStep(definition, draft, StepId) is { } refused)
        {
            return refused;
        }

        if (StepId == NewId)
        {
            return Unchanged(definition, StepId);
        }

        if (!StepIds.IsValid(NewId))
        {
            return Refuse(definition, EditCodes.InvalidStepId, $"'{NewId}' is not a valid step id.", StepId);
        }

        if (draft.Contains(NewId))
        {
            return Refuse(definition, EditCodes.StepIdTaken, $"A step '{NewId}' already exists.", StepId);
        }

        var notUpdated = new List<string>();
        string Script(string source, string pointer)
        {
            var renamed = ScriptRenamer.Rename(source, StepId, NewId);
            if (renamed is null && source.Contains(StepId, StringComparison.Ordinal))
            {
                notUpdated.Add(pointer);
            }

            return renamed ?? source;
        }

        string Id(string id) => id == StepId ? NewId : id;

        foreach (var name in draft.Rules.Keys.ToList())
        {
            draft.Rules[name] = Script(draft.Rules[name], "/rules/" + JsonPositionMap.Escape(name));
        }

        for (var p = 0; p < draft.Phases.Count; p++)
        {
            var steps = draft.Phases[p].Steps;
            for (var s = 0; s < steps.Count; s++)
            {
                var step = steps[s];
                var pointer = $"/phases/{p}/steps/{s}";
                steps[s] = step with
                {
                    Id = Id(step.Id),
                    After = step.After?.Select(Id).ToList(),
                    Outcomes = [.. step.Outcomes.Select(o => o.Goto == StepId ? o with { Goto = NewId } : o)],
                    When = step.When is null ? null : Script(step.When, pointer + "/when"),
                    Validate = [.. step.Validate.Select((v, i) => Script(v, $"{pointer}/validate/{i}"))],
                };
            }
        }

        if (draft.Report is { } report)
        {
            draft.Report = report with { Sections = [.. report.Sections.Select(Renamed)] };
        }

        return Done(draft, NewId) with { ScriptsNotUpdated = notUpdated };
    }

    private ReportSection Renamed(ReportSection section) => section with
    {
        Sources = [.. section.Sources.Select(s => s == StepId ? NewId : s)],
        Sections = [.. section.Sections.Select(Renamed)],
    };
}

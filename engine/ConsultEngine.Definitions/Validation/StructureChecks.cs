using System.Text.Json;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Validation;

/// <summary>Identity and wording: unique ids, phases with steps, Vietnamese (and English) titles, report sections.</summary>
internal static class StructureChecks
{
    public static void Run(ProcessDefinition definition, StepIndex steps, DiagnosticBag bag)
    {
        CheckTitle(definition.Title, "/title", "the definition", bag, required: true);
        CheckUnique(definition.Roles.Select((r, i) => (r?.Id, $"/roles/{i}")), DiagnosticCodes.DuplicateRoleId, "role", bag);
        CheckUnique(definition.Variables.Select((v, i) => (v?.Id, $"/variables/{i}")), DiagnosticCodes.DuplicateVariableId, "variable", bag);
        CheckUnique(definition.Phases.Select((p, i) => (p?.Id, $"/phases/{i}")), DiagnosticCodes.DuplicatePhaseId, "phase", bag);
        CheckUnique(steps.All.Select(l => ((string?)l.Step.Id, l.Pointer)), DiagnosticCodes.DuplicateStepId, "step", bag);

        for (var i = 0; i < definition.Roles.Count; i++)
        {
            CheckTitle(definition.Roles[i]?.Title, $"/roles/{i}/title", $"role '{definition.Roles[i]?.Id}'", bag, required: true);
        }

        foreach (var (id, form) in definition.Forms)
        {
            CheckTitle(form?.Title, $"/forms/{Documents.JsonPositionMap.Escape(id)}/title", $"form '{id}'", bag, required: true);
        }

        // Missing or not a list: a schema error (CE1002, CE1004), not reported twice.
        if (definition.Phases.Count == 0 && bag.IsWrittenAs("/phases", JsonValueKind.Array))
        {
            bag.Add(DiagnosticCodes.NoPhases, "/phases", "The definition has no phases; a process needs at least one.");
        }

        for (var p = 0; p < definition.Phases.Count; p++)
        {
            var phase = definition.Phases[p];
            if (phase is null)
            {
                continue;
            }

            CheckTitle(phase.Title, $"/phases/{p}/title", $"phase '{phase.Id}'", bag, required: true);
            if (phase.Steps.Count == 0 && bag.IsWrittenAs($"/phases/{p}/steps", JsonValueKind.Array))
            {
                bag.Add(DiagnosticCodes.EmptyPhase, $"/phases/{p}", $"The phase '{phase.Id}' has no steps.");
            }
        }

        foreach (var location in steps.All)
        {
            var step = location.Step;
            CheckTitle(step.Title, location.Pointer + "/title", $"step '{step.Id}'", bag, required: true);
            CheckUnique(step.Outcomes.Select((o, i) => (o?.Id, $"{location.Pointer}/outcomes/{i}")), DiagnosticCodes.DuplicateOutcomeId, $"outcome of step '{step.Id}'", bag);
            for (var o = 0; o < step.Outcomes.Count; o++)
            {
                if (step.Outcomes[o] is { Title: not null } outcome)
                {
                    CheckTitle(outcome.Title, $"{location.Pointer}/outcomes/{o}/title", $"outcome '{outcome.Id}' of step '{step.Id}'", bag, required: true);
                }
            }
        }

        if (definition.Report is { } report)
        {
            CheckTitle(report.Title, "/report/title", "the report", bag, required: true);
            var sectionIds = new List<(string?, string)>();
            CheckSections(report.Sections, "/report/sections", steps, sectionIds, bag);
            CheckUnique(sectionIds, DiagnosticCodes.DuplicateReportSectionId, "report section", bag);
        }
    }

    private static void CheckSections(IReadOnlyList<ReportSection> sections, string pointer, StepIndex steps, List<(string?, string)> ids, DiagnosticBag bag)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section is null)
            {
                continue;
            }

            var here = $"{pointer}/{i}";
            ids.Add((section.Id, here));
            CheckTitle(section.Title, here + "/title", $"report section '{section.Id}'", bag, required: true);
            for (var s = 0; s < section.Sources.Count; s++)
            {
                var source = section.Sources[s];
                if (!string.IsNullOrEmpty(source) && !steps.Contains(source))
                {
                    bag.Add(DiagnosticCodes.ReportSourceUnknown, $"{here}/sources/{s}", $"The report section '{section.Id}' draws on the step '{source}', which does not exist.");
                }
            }

            CheckSections(section.Sections, here + "/sections", steps, ids, bag);
        }
    }

    public static void CheckTitle(LocalizedText? title, string pointer, string owner, DiagnosticBag bag, bool required)
    {
        if (title is null)
        {
            // A missing title object is a schema error (CE1002) where the schema requires one.
            return;
        }

        if (string.IsNullOrWhiteSpace(title.Vi))
        {
            bag.Add(DiagnosticCodes.MissingVietnameseTitle, pointer, $"The title of {owner} has no Vietnamese text ('vi').");
        }

        if (required && string.IsNullOrWhiteSpace(title.En))
        {
            bag.Add(DiagnosticCodes.MissingEnglishTitle, pointer, $"The title of {owner} has no English text ('en').");
        }
    }

    private static void CheckUnique(IEnumerable<(string? Id, string Pointer)> items, DiagnosticDescriptor descriptor, string what, DiagnosticBag bag)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, pointer) in items)
        {
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            if (!seen.TryAdd(id, pointer))
            {
                bag.Add(descriptor, pointer + "/id", $"The {what} id '{id}' is already used at {seen[id]}.");
            }
        }
    }
}

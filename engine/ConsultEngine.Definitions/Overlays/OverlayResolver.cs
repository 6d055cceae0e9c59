using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Model.Patches;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Overlays;

/// <summary>
/// Applies an overlay's patches, in order, to the definition it extends. Every patch that does not
/// apply is reported (the others still apply), so rebasing an overlay onto a newer standard
/// version says exactly which patches no longer fit.
/// </summary>
public static class OverlayResolver
{
    private static readonly HashSet<string> StepFields = [.. DefinitionJson.Options.GetTypeInfo(typeof(StepDefinition)).Properties.Select(p => p.Name)];

    public static OverlayResolution Resolve(ProcessOverlay overlay, ProcessDefinition baseDefinition)
    {
        var bag = new DiagnosticBag(null, null);
        return Resolve(overlay, baseDefinition, bag) with { Diagnostics = bag.Sorted() };
    }

    internal static OverlayResolution Resolve(ProcessOverlay overlay, ProcessDefinition baseDefinition, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        ArgumentNullException.ThrowIfNull(baseDefinition);
        var work = new Workspace(baseDefinition);
        var errorsBefore = bag.Items.Count(d => d.IsError);
        for (var i = 0; i < overlay.Patches.Count; i++)
        {
            Apply(overlay.Patches[i], $"/patches/{i}", i, work, bag);
        }

        var definition = work.Build() with
        {
            Schema = null,
            Id = overlay.Id,
            Version = overlay.Version,
            Title = overlay.Title ?? baseDefinition.Title,
            Description = overlay.Description ?? baseDefinition.Description,
        };
        var failed = bag.Items.Count(d => d.IsError) > errorsBefore;
        return new OverlayResolution(failed ? null : definition, bag.Items) { StepProvenance = work.Provenance, RuleProvenance = work.RuleProvenance };
    }

    private static void Apply(OverlayPatch? patch, string pointer, int index, Workspace work, DiagnosticBag bag)
    {
        if (!IsComplete(patch))
        {
            return; // Unrecognised or incomplete patches are schema errors (CE1002, CE1004, CE1005), already reported.
        }

        switch (patch)
        {
            case AddStepPatch add:
                AddStep(add, pointer, index, work, bag);
                break;
            case RemoveStepPatch remove:
                RemoveStep(remove, pointer, work, bag);
                break;
            case UpdateStepPatch update:
                UpdateStep(update, pointer, index, work, bag);
                break;
            case SetConfigPatch config:
                SetConfig(config, pointer, index, work, bag);
                break;
            case AddRulePatch rule when work.Rules.ContainsKey(rule.Rule):
                bag.Add(DiagnosticCodes.PatchRuleExists, pointer + "/rule", $"The rule '{rule.Rule}' already exists; use replace-rule to change it.");
                break;
            case AddRulePatch rule:
                work.Rules[rule.Rule] = rule.Source;
                work.RuleProvenance[rule.Rule] = index;
                break;
            case ReplaceRulePatch rule when !work.Rules.ContainsKey(rule.Rule):
                bag.Add(DiagnosticCodes.PatchUnknownRule, pointer + "/rule", $"The rule '{rule.Rule}' does not exist in the extended definition, so it cannot be replaced.");
                break;
            case ReplaceRulePatch rule:
                work.Rules[rule.Rule] = rule.Source;
                work.RuleProvenance[rule.Rule] = index;
                break;
            case AddRolePatch { Role: { } role } when work.Roles.Any(r => r.Id == role.Id):
                bag.Add(DiagnosticCodes.PatchRoleExists, pointer + "/role/id", $"The role '{role.Id}' already exists.");
                break;
            case AddRolePatch { Role: { } role }:
                work.Roles.Add(role);
                break;
            case AddFormPatch { Form: { } form } add when work.Forms.ContainsKey(add.Id):
                bag.Add(DiagnosticCodes.PatchFormExists, pointer + "/id", $"The form '{add.Id}' already exists.");
                break;
            case AddFormPatch { Form: { } form } add:
                work.Forms[add.Id] = form;
                break;
            case AddVariablePatch { Variable: { } variable } when work.Variables.Any(v => v.Id == variable.Id):
                bag.Add(DiagnosticCodes.PatchVariableExists, pointer + "/variable/id", $"The variable '{variable.Id}' already exists.");
                break;
            case AddVariablePatch { Variable: { } variable }:
                work.Variables.Add(variable);
                break;
        }
    }

    /// <summary>Whether the patch has what the schema requires of it; a missing id reads as an empty one.</summary>
    private static bool IsComplete(OverlayPatch? patch) => patch switch
    {
        AddStepPatch add => add.Step is not null,
        RemoveStepPatch remove => remove.Step.Length > 0,
        UpdateStepPatch update => update.Step.Length > 0,
        SetConfigPatch config => config.Step.Length > 0 && config.Config.ValueKind != JsonValueKind.Undefined,
        AddRulePatch rule => rule.Rule.Length > 0,
        ReplaceRulePatch rule => rule.Rule.Length > 0,
        AddRolePatch role => role.Role is not null,
        AddFormPatch form => form.Id.Length > 0 && form.Form is not null,
        AddVariablePatch variable => variable.Variable is not null,
        _ => false,
    };

    private static void AddStep(AddStepPatch add, string pointer, int index, Workspace work, DiagnosticBag bag)
    {
        if (add.Step is not { } step)
        {
            return;
        }

        if ((add.Before is null) == (add.After is null))
        {
            bag.Add(DiagnosticCodes.PatchAnchorInvalid, pointer, $"The add-step patch for '{step.Id}' must name exactly one of 'before' and 'after'.");
            return;
        }

        var anchor = add.Before ?? add.After!;
        if (!work.TryFind(anchor, out var phase, out var position))
        {
            bag.Add(DiagnosticCodes.PatchUnknownStep, pointer + (add.Before is null ? "/after" : "/before"), $"The add-step patch for '{step.Id}' is anchored on '{anchor}', which does not exist in the extended definition.");
            return;
        }

        if (work.TryFind(step.Id, out _, out _))
        {
            bag.Add(DiagnosticCodes.PatchStepExists, pointer + "/step/id", $"The add-step patch adds '{step.Id}', but a step with that id already exists.");
            return;
        }

        phase.Insert(add.Before is null ? position + 1 : position, step);
        work.Provenance[step.Id] = index;
    }

    private static void RemoveStep(RemoveStepPatch remove, string pointer, Workspace work, DiagnosticBag bag)
    {
        if (!work.TryFind(remove.Step, out var phase, out var position))
        {
            bag.Add(DiagnosticCodes.PatchUnknownStep, pointer + "/step", $"The remove-step patch targets '{remove.Step}', which does not exist in the extended definition.");
            return;
        }

        var routing = work.AllSteps().FirstOrDefault(s => s.Id != remove.Step && s.Outcomes.Any(o => o?.Goto == remove.Step));
        if (routing is not null)
        {
            bag.Add(DiagnosticCodes.PatchLeavesDanglingRoute, pointer + "/step", $"The step '{remove.Step}' cannot be removed: an outcome of '{routing.Id}' routes to it.");
            return;
        }

        var removed = phase[position];
        var inherited = removed.After ?? PreviousInSequence(phase, position);
        phase.RemoveAt(position);

        // Steps that waited for the removed step now wait for what it waited for.
        var next = phase.Skip(position).FirstOrDefault(s => !s.RouteOnly);
        foreach (var steps in work.Phases.Select(p => p.Steps))
        {
            for (var s = 0; s < steps.Count; s++)
            {
                if (steps[s].After is { } after && after.Contains(remove.Step))
                {
                    steps[s] = steps[s] with { After = [.. after.SelectMany(id => id == remove.Step ? inherited : [id]).Distinct()] };
                }
                else if (ReferenceEquals(steps[s], next) && next.After is null && removed.After is not null)
                {
                    steps[s] = next with { After = removed.After };
                }
            }
        }

        work.RemovedSteps.Add(remove.Step);
        work.Provenance.Remove(remove.Step);
    }

    private static IReadOnlyList<string> PreviousInSequence(List<StepDefinition> phase, int position)
    {
        for (var s = position - 1; s >= 0; s--)
        {
            if (!phase[s].RouteOnly)
            {
                return [phase[s].Id];
            }
        }

        return [];
    }

    private static void UpdateStep(UpdateStepPatch update, string pointer, int index, Workspace work, DiagnosticBag bag)
    {
        if (!work.TryFind(update.Step, out var phase, out var position))
        {
            bag.Add(DiagnosticCodes.PatchUnknownStep, pointer + "/step", $"The update-step patch targets '{update.Step}', which does not exist in the extended definition.");
            return;
        }

        if (update.Set.ValueKind != JsonValueKind.Object)
        {
            return; // A schema error (CE1004).
        }

        var node = JsonSerializer.SerializeToNode(phase[position], DefinitionJson.Options)!.AsObject();
        foreach (var field in update.Set.EnumerateObject())
        {
            if (field.Name == "id")
            {
                bag.Add(DiagnosticCodes.PatchChangesId, $"{pointer}/set/id", $"The update-step patch for '{update.Step}' cannot change the step's id; remove the step and add another.");
                return;
            }

            if (!StepFields.Contains(field.Name))
            {
                bag.Add(DiagnosticCodes.PatchInvalidField, $"{pointer}/set/{Documents.JsonPositionMap.Escape(field.Name)}", $"'{field.Name}' is not a field of a step.");
                return;
            }

            if (field.Value.ValueKind == JsonValueKind.Null)
            {
                node.Remove(field.Name);
            }
            else
            {
                node[field.Name] = JsonNode.Parse(field.Value.GetRawText());
            }
        }

        try
        {
            phase[position] = node.Deserialize<StepDefinition>(DefinitionJson.Options)!;
            work.Provenance[update.Step] = index;
        }
        catch (JsonException ex)
        {
            bag.Add(DiagnosticCodes.PatchInvalidField, pointer + "/set", $"The update-step patch for '{update.Step}' sets a value of the wrong type: {ex.Message}");
        }
    }

    private static void SetConfig(SetConfigPatch patch, string pointer, int index, Workspace work, DiagnosticBag bag)
    {
        if (!work.TryFind(patch.Step, out var phase, out var position))
        {
            bag.Add(DiagnosticCodes.PatchUnknownStep, pointer + "/step", $"The set-config patch targets '{patch.Step}', which does not exist in the extended definition.");
            return;
        }

        var step = phase[position];
        if (patch.Config.ValueKind != JsonValueKind.Object || step.Config is { ValueKind: not JsonValueKind.Object })
        {
            bag.Add(DiagnosticCodes.PatchConfigNotObject, pointer + "/config", $"The set-config patch for '{patch.Step}' needs an object config on both sides.");
            return;
        }

        var current = step.Config is { } config ? JsonNode.Parse(config.GetRawText()) : null;
        var merged = JsonMergePatch.Apply(current, JsonNode.Parse(patch.Config.GetRawText()));
        phase[position] = step with { Config = JsonSerializer.SerializeToElement(merged, DefinitionJson.Options) };
        work.Provenance[patch.Step] = index;
    }

    /// <summary>A mutable copy of the definition the patches work on.</summary>
    private sealed class Workspace(ProcessDefinition source)
    {
        public List<(PhaseDefinition Phase, List<StepDefinition> Steps)> Phases { get; } =
            [.. source.Phases.Where(p => p is not null).Select(p => (p, p.Steps.Where(s => s is not null).ToList()))];

        public Dictionary<string, string> Rules { get; } = new(source.Rules, StringComparer.Ordinal);

        public List<RoleDefinition> Roles { get; } = [.. source.Roles];

        public Dictionary<string, FormDefinition> Forms { get; } = new(source.Forms, StringComparer.Ordinal);

        public List<VariableDefinition> Variables { get; } = [.. source.Variables];

        public Dictionary<string, int> Provenance { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> RuleProvenance { get; } = new(StringComparer.Ordinal);

        public HashSet<string> RemovedSteps { get; } = new(StringComparer.Ordinal);

        public IEnumerable<StepDefinition> AllSteps() => Phases.SelectMany(p => p.Steps);

        public bool TryFind(string id, out List<StepDefinition> phase, out int position)
        {
            foreach (var (_, steps) in Phases)
            {
                position = steps.FindIndex(s => s.Id == id);
                if (position >= 0)
                {
                    phase = steps;
                    return true;
                }
            }

            phase = [];
            position = -1;
            return false;
        }

        public ProcessDefinition Build() => source with
        {
            Phases = [.. Phases.Select(p => p.Phase with { Steps = [.. p.Steps] })],
            Rules = Rules,
            Roles = [.. Roles],
            Forms = Forms,
            Variables = [.. Variables],
            Report = source.Report is { } report ? report with { Sections = WithoutRemoved(report.Sections) } : null,
        };

        private List<ReportSection> WithoutRemoved(IReadOnlyList<ReportSection> sections) =>
            [.. sections.Where(s => s is not null).Select(s => s with
            {
                Sources = [.. s.Sources.Where(id => !RemovedSteps.Contains(id))],
                Sections = WithoutRemoved(s.Sections),
            })];
    }
}

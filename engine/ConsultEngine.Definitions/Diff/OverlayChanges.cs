using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Model.Patches;
using ConsultEngine.Definitions.Overlays;

namespace ConsultEngine.Definitions.Diff;

/// <summary>
/// "What this province changed": the difference between the definition an overlay extends and the
/// definition it resolves to, each change attributed to the patch that made it where that is known.
/// The overlay's own id and version are not changes; its title is.
/// </summary>
public sealed record OverlayChanges(DefinitionReference Overlay, DefinitionReference Base, IReadOnlyList<DefinitionChange> Changes, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether every patch applied; otherwise <see cref="Changes"/> is empty and <see cref="Diagnostics"/> says why.</summary>
    public bool Resolved => !Diagnostics.Any(d => d.IsError);

    public static OverlayChanges Of(ProcessOverlay overlay, ProcessDefinition baseDefinition)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        ArgumentNullException.ThrowIfNull(baseDefinition);
        var reference = new DefinitionReference { Id = overlay.Id, Version = overlay.Version };
        var baseReference = new DefinitionReference { Id = baseDefinition.Id, Version = baseDefinition.Version };
        var resolution = OverlayResolver.Resolve(overlay, baseDefinition);
        if (resolution.Definition is not { } resolved)
        {
            return new OverlayChanges(reference, baseReference, [], resolution.Diagnostics);
        }

        var changes = DefinitionDiff.Compare(baseDefinition, resolved, ignoreIdentity: true)
            .Select(c => c with { Patch = PatchOf(c, overlay, resolution) })
            .ToList();
        return new OverlayChanges(reference, baseReference, changes, resolution.Diagnostics);
    }

    /// <summary>Whether a JSON list of step ids holds <paramref name="stepId"/>: a step that waited for a removed one waits for what it waited for instead.</summary>
    private static bool Names(string? json, string stepId) =>
        json is not null && json.Contains(System.Text.Json.JsonSerializer.Serialize(stepId), StringComparison.Ordinal);

    private static int? PatchOf(DefinitionChange change, ProcessOverlay overlay, OverlayResolution resolution)
    {
        int? Last(Func<OverlayPatch, bool> match)
        {
            for (var i = overlay.Patches.Count - 1; i >= 0; i--)
            {
                if (match(overlay.Patches[i]))
                {
                    return i;
                }
            }

            return null;
        }

        return change.Area switch
        {
            ChangeArea.Step when change.Kind == ChangeKind.Removed => Last(p => p is RemoveStepPatch r && r.Step == change.Id),
            ChangeArea.Step when change.Id is not null && resolution.StepProvenance.TryGetValue(change.Id, out var step) => step,
            ChangeArea.Step when change.Field == "after" => Last(p => p is RemoveStepPatch r && Names(change.Before, r.Step) && !Names(change.After, r.Step)),
            ChangeArea.Step => Last(p => p is UpdateStepPatch u && u.Step == change.Id || p is SetConfigPatch c && c.Step == change.Id),
            ChangeArea.Rule when change.Id is not null && resolution.RuleProvenance.TryGetValue(change.Id, out var rule) => rule,
            ChangeArea.Role => Last(p => p is AddRolePatch r && r.Role?.Id == change.Id),
            ChangeArea.Form => Last(p => p is AddFormPatch f && f.Id == change.Id),
            ChangeArea.Variable => Last(p => p is AddVariablePatch v && v.Variable?.Id == change.Id),
            _ => null,
        };
    }
}

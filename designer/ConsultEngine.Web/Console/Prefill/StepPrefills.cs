using System.Text.Json.Nodes;
using ConsultEngine.Runtime;

namespace ConsultEngine.Web.StaffConsole.Prefill;

/// <summary>
/// A step's proposed form data: the fields filled from the source its definition names, checked against
/// its form (<see cref="Valid"/>, with the schema's <see cref="Problems"/> when not), and the values the
/// form could not hold, which went into <see cref="TextField"/> (by their pointers in the proposal).
/// </summary>
public sealed record StepPrefill(Guid InstanceId, string StepId, string Source, string? Form, JsonObject Data, bool Valid, IReadOnlyList<string> Problems, string? TextField, IReadOnlyList<string> MovedToText);

/// <summary>
/// Proposes the data of a human step whose definition asks for it (<see cref="PrefillConfig"/>), for
/// the console's task page and the API alike. Reading a proposal records nothing: staff edit it and
/// complete the step as any other, and the engine checks what they submit.
/// </summary>
internal sealed class StepPrefills(Consultations consultations, IEnumerable<IPrefillSource> sources)
{
    public async Task<StepPrefill> ProposeAsync(Guid instanceId, string stepId, StaffUser user, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var instance = await consultations.FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var definition = consultations.Definition(instance);
        var step = Consultations.Step(definition, stepId)
            ?? throw new ConsoleException(RuntimeCodes.StepNotFound, $"The definition has no step '{stepId}'.");
        var name = PrefillConfig.SourceOf(step)
            ?? throw new ConsoleException(PrefillCodes.NoPrefill, $"The step '{stepId}' declares no prefill.");
        if (Timeline.IsTool(step) || !user.MayWork(step.Role))
        {
            throw new ConsoleException(ConsoleCodes.RoleMismatch, $"The step '{stepId}' is worked by the role '{step.Role}', which is not yours.");
        }

        var source = sources.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
            ?? throw new ConsoleException(PrefillCodes.UnknownSource, $"The step '{stepId}' asks for the prefill '{name}', which this host does not know.", "/config/prefill");
        var draft = await source.ProposeAsync(new PrefillContext(instance, definition, step, language), cancellationToken).ConfigureAwait(false);
        if (step.Form is not { } formId || !definition.Forms.TryGetValue(formId, out var form))
        {
            // No form to fit to: the proposal as the source made it.
            return new StepPrefill(instanceId, stepId, name, null, draft.Data, true, [], null, []);
        }

        var fitted = PrefillFit.Fit(draft, form.Schema);
        return new StepPrefill(instanceId, stepId, name, formId, fitted.Data, fitted.Valid, fitted.Problems, fitted.TextField, fitted.MovedToText);
    }
}

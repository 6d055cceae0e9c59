using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.Queries;

namespace ConsultEngine.Web.StaffConsole.Prefill;

/// <summary>
/// Proposes data for a human step's form from what the consultation already knows, so staff edit
/// instead of re-typing. A definition picks a source by name in the step's config
/// (<c>"config": { "prefill": "consultation-analysis" }</c>); the proposal is then fitted to the step's
/// form (<see cref="PrefillFit"/>), so a source proposes by field name and never needs to know the form.
/// </summary>
internal interface IPrefillSource
{
    /// <summary>The name a definition gives in <c>config.prefill</c>.</summary>
    string Name { get; }

    Task<PrefillDraft> ProposeAsync(PrefillContext context, CancellationToken cancellationToken);
}

/// <summary>What a source is asked for: the instance, its definition, the step and the language of the texts.</summary>
internal sealed record PrefillContext(ConsultationRow Instance, ProcessDefinition Definition, StepDefinition Step, string Language);

/// <summary>
/// A proposal: values by form field name, and a line of text for each top-level value and each array
/// item (by its JSON Pointer, <c>/quantitative/3</c>), used when the form cannot hold the value.
/// </summary>
internal sealed record PrefillDraft(JsonObject Data, IReadOnlyDictionary<string, string> Texts);

using System.Text.Json;
using System.Xml;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Publication;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// Finds the consultations the public sees: those it can take part in now (running instances whose
/// survey, poll or hearing step the engine waits on and whose tool collects, or will on first use),
/// and those that once asked the public (a public step was reached) and have moved on to analysis,
/// published results or closed. What is shown comes from the instance (title, variables), its
/// definition (step titles) and the tools; figures never (the results page shows those once
/// publication is approved).
/// </summary>
internal sealed class OpenConsultations(ProcessEngine engine, IDefinitionCatalog definitions, IToolSteps tools, HearingSessions hearings)
{
    public async Task<IReadOnlyList<OpenConsultation>> ListAsync(CancellationToken cancellationToken)
    {
        var open = new List<OpenConsultation>();
        foreach (var instance in await engine.Store.ListInstancesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await DescribeAsync(instance, cancellationToken).ConfigureAwait(false) is { } consultation)
            {
                open.Add(consultation);
            }
        }

        return [.. open.OrderBy(c => c.Status).ThenBy(c => c.NextDeadline ?? DateTimeOffset.MaxValue).ThenBy(c => c.Title, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The consultation, or <see langword="null"/> when it is unknown or never asked the public. Its
    /// <see cref="OpenConsultation.Steps"/> are the steps open now (none once collection is over).
    /// </summary>
    public async Task<OpenConsultation?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await engine.Store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return instance is null ? null : await DescribeAsync(instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One open step of the consultation, or <see langword="null"/>.</summary>
    public async Task<(OpenConsultation Consultation, OpenToolStep Step)?> FindStepAsync(Guid instanceId, string stepId, PublicToolKind kind, CancellationToken cancellationToken)
    {
        var consultation = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var step = consultation?.Steps.FirstOrDefault(s => s.Kind == kind && string.Equals(s.StepId, stepId, StringComparison.Ordinal));
        return consultation is not null && step is not null ? (consultation, step) : null;
    }

    /// <summary>The <c>config</c> of the instance's step in its definition.</summary>
    public async Task<JsonElement?> StepConfigAsync(Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        var instance = await engine.Store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var definition = instance is null ? null : definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        return definition?.AllSteps().FirstOrDefault(s => string.Equals(s.Id, stepId, StringComparison.Ordinal))?.Config;
    }

    /// <summary>The instance's variables, the scope tool scripts read as <c>vars</c>.</summary>
    public async Task<JsonElement> VariablesAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await engine.Store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(instance?.VariablesJson ?? "{}");
        return document.RootElement.Clone();
    }

    private async Task<OpenConsultation?> DescribeAsync(InstanceRecord instance, CancellationToken cancellationToken)
    {
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        if (definition is null)
        {
            return null;
        }

        var states = await engine.Store.LoadAllStepsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        if (!AskedThePublic(definition, states))
        {
            return null;
        }

        var steps = new List<OpenToolStep>();
        foreach (var state in states.Where(s => s.Status == StepStatus.Waiting && instance.Status == InstanceStatus.Running))
        {
            var step = definition.AllSteps().FirstOrDefault(s => string.Equals(s.Id, state.StepId, StringComparison.Ordinal));
            if (step is null || PublicTools.KindOf(step.Type) is not { } kind || !PublicTools.OpenToPublic(kind, step.Config))
            {
                continue;
            }

            ToolStepView view;
            try
            {
                view = await tools.DescribeAsync(instance.Id, step.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (ToolException)
            {
                continue;
            }

            if (view.Status is not (ToolStepStatus.NotOpened or ToolStepStatus.Collecting))
            {
                continue;
            }

            var opened = view.OpenedAt ?? state.ActivatedAt;
            var open = new OpenToolStep(step.Id, kind, step.Title ?? LocalizedText.Of(step.Id), step.Description, opened, Deadline(step, opened) ?? state.DueAt);
            if (kind == PublicToolKind.Hearing)
            {
                open = open with { Sessions = await hearings.ListAsync(instance.Id, step.Id, cancellationToken).ConfigureAwait(false) };
            }

            steps.Add(open);
        }

        using var variables = JsonDocument.Parse(instance.VariablesJson);
        var root = variables.RootElement;
        return new OpenConsultation(
            instance.Id,
            instance.Title ?? Text(root, "issueTitle") ?? definition.Title?.Vi ?? instance.Id.ToString(),
            Text(root, "issueTitle"),
            Text(root, "province"),
            Text(root, "scope"),
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty("year", out var year) && year.TryGetInt32(out var y) ? y : null,
            definition.Title,
            definition.Description,
            [.. steps.OrderBy(s => s.Kind).ThenBy(s => s.StepId, StringComparer.Ordinal)])
        {
            Status = ResultsPublication.StatusOf(definition, instance.Status, states, steps.Count > 0),
        };
    }

    /// <summary>Whether a step the public takes part in has been reached (it waits, or ran and completed).</summary>
    private static bool AskedThePublic(ProcessDefinition definition, IReadOnlyList<StepState> states) =>
        states.Any(state => state.Status is StepStatus.Waiting or StepStatus.Completed
            && definition.AllSteps().FirstOrDefault(s => string.Equals(s.Id, state.StepId, StringComparison.Ordinal)) is { } step
            && PublicTools.KindOf(step.Type) is { } kind
            && PublicTools.OpenToPublic(kind, step.Config));

    /// <summary>When collection ends: the step's <c>openFor</c> (ISO 8601 duration) after it opened.</summary>
    private static DateTimeOffset? Deadline(StepDefinition step, DateTimeOffset? opened)
    {
        if (opened is null || step.Config is not { ValueKind: JsonValueKind.Object } config
            || !config.TryGetProperty("openFor", out var openFor) || openFor.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return opened.Value + XmlConvert.ToTimeSpan(openFor.GetString()!);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

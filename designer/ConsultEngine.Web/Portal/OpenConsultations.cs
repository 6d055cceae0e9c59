using System.Text.Json;
using System.Xml;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Hosting.Publication;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime.Queries;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// Finds the consultations the public sees: those it can take part in now (running instances with a
/// tool step the engine waits on, whose tool collects, or will on first use, and describes a public
/// surface), and those that once asked the public (such a step was reached) and have moved on to
/// analysis, published results or closed. Which steps are public is the tools' own answer
/// (<see cref="IToolSteps.DescribePublicAsync"/>), never a list of tools kept here. What is shown comes
/// from the instance (title, variables), its definition (step titles) and the tools; figures never
/// (the results page shows those once publication is approved).
/// </summary>
internal sealed partial class OpenConsultations(IConsultationQueries queries, IDefinitionCatalog definitions, IToolSteps tools, IToolStepChanges changes, IInstanceStore instances)
{
    public async Task<IReadOnlyList<OpenConsultation>> ListAsync(CancellationToken cancellationToken)
    {
        var open = new List<OpenConsultation>();
        foreach (var instance in await queries.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
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
        var instance = await queries.FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return instance is null ? null : await DescribeAsync(instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One open step of the consultation, or <see langword="null"/>.</summary>
    public async Task<(OpenConsultation Consultation, OpenToolStep Step)?> FindStepAsync(Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        var consultation = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var step = consultation?.Steps.FirstOrDefault(s => string.Equals(s.StepId, stepId, StringComparison.Ordinal));
        return consultation is not null && step is not null ? (consultation, step) : null;
    }

    private async Task<OpenConsultation?> DescribeAsync(ConsultationRow instance, CancellationToken cancellationToken)
    {
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        if (definition is null)
        {
            return null;
        }

        // The steps open now are the waiting ones of a running instance; only their surfaces are shown, so
        // only they are always described (a tool builds its whole form to answer: this runs on every
        // public request, a submission included).
        var states = await queries.StepsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var reached = states.Where(s => s.Status is StepStatus.Waiting or StepStatus.Completed).ToList();
        var waiting = instance.Status == InstanceStatus.Running ? reached.Where(s => s.Status == StepStatus.Waiting).ToList() : [];
        var surfaces = new Dictionary<string, PublicSurface>(StringComparer.Ordinal);
        foreach (var state in waiting)
        {
            if (StepOf(definition, state.StepId) is { } step && await SurfaceAsync(instance.Id, step, cancellationToken).ConfigureAwait(false) is { } surface)
            {
                surfaces[step.Id] = surface;
            }
        }

        // Asked the public: a step with a public surface was reached. Known once an open step has one;
        // otherwise the other reached steps are asked, up to the first that has one.
        var asked = surfaces.Count > 0;
        foreach (var state in reached.Except(waiting))
        {
            if (asked)
            {
                break;
            }

            asked = StepOf(definition, state.StepId) is { } step && await SurfaceAsync(instance.Id, step, cancellationToken).ConfigureAwait(false) is not null;
        }

        if (!asked)
        {
            return null;
        }

        var steps = new List<OpenToolStep>();
        foreach (var state in waiting)
        {
            if (StepOf(definition, state.StepId) is not { } step || !surfaces.TryGetValue(step.Id, out var surface))
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
            steps.Add(new OpenToolStep(step.Id, step.Title ?? LocalizedText.Of(step.Id), step.Description, opened, surface.ClosesAt ?? Deadline(step, opened) ?? state.DueAt)
            {
                Instructions = surface.Instructions,
                SurfaceStatus = surface.Status,
                Page = PortalLinks.Step(instance.Id, step.Id),
                Api = PortalLinks.StepApi(instance.Id, step.Id),
                Surface = surface,
            });
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
            [.. steps.OrderBy(s => Order(definition, s.StepId))])
        {
            Status = ResultsPublication.StatusOf(definition, instance.Status, states, steps.Count > 0),
        };
    }

    /// <summary>Where the step comes in its definition: the open steps are listed in that order.</summary>
    private static int Order(ProcessDefinition definition, string stepId) =>
        definition.AllSteps().Select((s, i) => (s.Id, i)).First(p => string.Equals(p.Id, stepId, StringComparison.Ordinal)).i;

    private static StepDefinition? StepOf(ProcessDefinition definition, string stepId) =>
        definition.AllSteps().FirstOrDefault(s => string.Equals(s.Id, stepId, StringComparison.Ordinal));

    /// <summary>The tool's public surface of a tool step, or <see langword="null"/> when the public has no part in it (or the tool cannot say).</summary>
    private async Task<PublicSurface?> SurfaceAsync(Guid instanceId, StepDefinition step, CancellationToken cancellationToken)
    {
        if (!step.Type.StartsWith(StepTypeName.ToolPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return await tools.DescribePublicAsync(instanceId, step.Id, PortalApi.Language, cancellationToken).ConfigureAwait(false);
        }
        catch (ToolException)
        {
            return null;
        }
    }

    /// <summary>When collection ends, when the tool does not say: the step's <c>openFor</c> (ISO 8601 duration) after it opened.</summary>
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

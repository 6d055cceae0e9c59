using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Tools;

/// <summary>The tools' surfaces (SDK 1.2): asked through the same resolution and fault handling as every other call.</summary>
internal sealed partial class ToolSteps
{
    public async Task<PublicSurface?> DescribePublicAsync(Guid instanceId, string stepId, string language = "vi", CancellationToken cancellationToken = default)
    {
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        if (step.Tool is not IToolSurfaces surfaces)
        {
            return null;
        }

        return await CallToolAsync(step, "public surface", () => surfaces.DescribePublicAsync(step.Context(ToolCaller.Public(language)), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<FormEvaluation> EvaluateAsync(Guid instanceId, string stepId, string formId, JsonElement body, ToolCaller caller, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formId);
        ArgumentNullException.ThrowIfNull(caller);
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        if (step.Tool is not IToolSurfaces surfaces)
        {
            throw step.Refuse(ToolCodes.UnknownForm, $"The tool '{step.Manifest.Id}' describes no forms.");
        }

        return await CallToolAsync(step, $"evaluate '{formId}'", () => surfaces.EvaluateAsync(step.Context(caller), formId, body, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StaffSurface> DescribeStaffAsync(Guid instanceId, string stepId, ToolCaller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        if (step.Tool is IToolSurfaces surfaces)
        {
            return await CallToolAsync(step, "staff surface", () => surfaces.DescribeStaffAsync(step.Context(caller), cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        // A tool built for SDK 1.1: its analysis in the shared views, no entry forms.
        var analysis = await AnalyseAsync(instanceId, stepId, null, cancellationToken).ConfigureAwait(false);
        return new StaffSurface { Results = AnalysisViews.From(analysis) };
    }
}

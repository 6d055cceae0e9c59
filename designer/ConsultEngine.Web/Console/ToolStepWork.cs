using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// A tool step as its staff page shows it: the step, its tool's manifest (actions with their payload
/// schemas), where it stands, and the outcomes the step may be closed with (empty: it closes with none).
/// </summary>
public sealed record ToolStepPage(ToolStepView View, ToolManifest? Manifest, Definitions.Model.LocalizedText? StepTitle, string? Organisation, IReadOnlyList<Definitions.Model.OutcomeDefinition> Outcomes);

/// <summary>
/// The staff side of tool steps for the console and the API: every call first checks who may open the
/// step (<see cref="ToolStepAccess"/>), then goes to <see cref="IToolSteps"/> as <see cref="ToolCaller.Staff"/>.
/// </summary>
internal sealed class ToolStepWork(IToolSteps tools, ToolStepAccess access, Assignments.AssignmentStore assignments, IEnumerable<IConsultationTool> loaded)
{
    public async Task<ToolStepPage> DescribeAsync(Guid instanceId, string stepId, StaffUser user, CancellationToken cancellationToken = default)
    {
        var step = await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        var view = await tools.DescribeAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        var manifest = loaded.Select(t => t.Manifest).FirstOrDefault(m => m.Id == view.ToolId);
        var assignment = await assignments.FindAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        return new ToolStepPage(view, manifest, step.Title, assignment?.Organisation, step.Outcomes);
    }

    public async Task<ToolStepView> OpenAsync(Guid instanceId, string stepId, StaffUser user, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        return await tools.OpenAsync(instanceId, stepId, user.Actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<JsonElement?> ExecuteAsync(Guid instanceId, string stepId, string action, JsonElement payload, StaffUser user, string language, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        return await tools.ExecuteAsync(instanceId, stepId, action, payload, ToolCaller.Staff(user.Actor, language), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Enumerator entry: staff key in one answer sheet collected in the field.</summary>
    public async Task<SubmitResult> SubmitAsync(Guid instanceId, string stepId, Submission submission, StaffUser user, string language, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        return await tools.SubmitAsync(instanceId, stepId, submission with { Collector = submission.Collector ?? user.Actor }, ToolCaller.Staff(user.Actor, language), cancellationToken).ConfigureAwait(false);
    }

    public async Task<CloseResult> CloseAsync(Guid instanceId, string stepId, string? outcome, StaffUser user, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        return await tools.CloseAsync(instanceId, stepId, user.Actor, outcome, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ToolAnalysis> AnalyseAsync(Guid instanceId, string stepId, StaffUser user, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        return await tools.AnalyseAsync(instanceId, stepId, options, cancellationToken).ConfigureAwait(false);
    }
}

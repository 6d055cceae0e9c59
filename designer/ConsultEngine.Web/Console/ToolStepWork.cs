using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// A tool step as its staff page shows it: the step, its tool's manifest (actions with their payload
/// schemas), where it stands, and the outcomes the step may be closed with (empty: it closes with none).
/// </summary>
public sealed record ToolStepPage(ToolStepView View, ToolManifest? Manifest, Definitions.Model.LocalizedText? StepTitle, string? Organisation, IReadOnlyList<Definitions.Model.OutcomeDefinition> Outcomes)
{
    /// <summary>Whether the tool describes its surfaces (SDK 1.2); a tool built for SDK 1.1 has no entry forms and its analysis is shown as the shared views.</summary>
    public bool DescribesSurfaces { get; init; }
}

/// <summary>
/// The staff side of tool steps for the console and the API: every call first checks who may open the
/// step (<see cref="ToolStepAccess"/>), then goes to <see cref="IToolSteps"/> as <see cref="ToolCaller.Staff"/>.
/// </summary>
internal sealed class ToolStepWork(IToolSteps tools, ToolStepAccess access, Assignments.AssignmentStore assignments, IEnumerable<IConsultationTool> loaded, Privacy.PersonalExports personalExports)
{
    public async Task<ToolStepPage> DescribeAsync(Guid instanceId, string stepId, StaffUser user, CancellationToken cancellationToken = default)
    {
        var step = await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        var view = await tools.DescribeAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        var tool = loaded.FirstOrDefault(t => t.Manifest.Id == view.ToolId);
        var assignment = await assignments.FindAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        return new ToolStepPage(view, tool?.Manifest, step.Title, assignment?.Organisation, step.Outcomes) { DescribesSurfaces = tool is IToolSurfaces };
    }

    public async Task<ToolStepView> OpenAsync(Guid instanceId, string stepId, StaffUser user, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        return await tools.OpenAsync(instanceId, stepId, user.Actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<JsonElement?> ExecuteAsync(Guid instanceId, string stepId, string action, JsonElement payload, StaffUser user, string language, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        // An action asking for personal data ("personal": true, an export) only for the roles that may, and journaled.
        var personal = Privacy.PersonalExports.Asks(payload);
        if (personal)
        {
            Privacy.PersonalExports.Check(user);
        }

        var result = await tools.ExecuteAsync(instanceId, stepId, action, payload, ToolCaller.Staff(user.Actor, language), cancellationToken).ConfigureAwait(false);
        if (personal)
        {
            await personalExports.RecordAsync(instanceId, stepId, action, result, user, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Staff entry: one sheet collected on paper, by an enumerator or from a file, keyed in.</summary>
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

    /// <summary>The step's staff surface: the tool's entry forms and its results as views (a 1.1 tool's analysis in the shared views).</summary>
    public async Task<StaffSurface> DescribeStaffAsync(Guid instanceId, string stepId, StaffUser user, string language, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        return await tools.DescribeStaffAsync(instanceId, stepId, ToolCaller.Staff(user.Actor, language), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tool's verdict on one of its staff forms filled in so far: the fields that apply and the problems.</summary>
    public async Task<FormEvaluation> EvaluateAsync(Guid instanceId, string stepId, string formId, JsonElement body, StaffUser user, string language, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        return await tools.EvaluateAsync(instanceId, stepId, formId, body, ToolCaller.Staff(user.Actor, language), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ToolAnalysis> AnalyseAsync(Guid instanceId, string stepId, StaffUser user, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        await access.CheckAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        return await tools.AnalyseAsync(instanceId, stepId, options, cancellationToken).ConfigureAwait(false);
    }
}

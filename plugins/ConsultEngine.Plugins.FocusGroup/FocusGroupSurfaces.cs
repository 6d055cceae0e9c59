using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>
/// The focus group's surfaces (SDK 1.2): the public has no part in it, so it has no public surface and
/// no form; staff see its analysis in the shared views, with its own figures (groups, participants,
/// passages, coding, coder agreement). Its entry work stays in its staff actions.
/// </summary>
public sealed partial class FocusGroupTool : IToolSurfaces
{
    /// <summary>Always <see langword="null"/>: focus groups are run by staff with invited participants.</summary>
    public ValueTask<PublicSurface?> DescribePublicAsync(ToolContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<PublicSurface?>(null);

    /// <summary>The focus group describes no form: every form id is unknown.</summary>
    public ValueTask<FormEvaluation> EvaluateAsync(ToolContext context, string formId, JsonElement body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        throw Refusal.Of(context, ToolCodes.UnknownForm, "", $"Nhóm thảo luận không có biểu mẫu '{formId}'.", $"The focus group has no form '{formId}'.");
    }

    public async ValueTask<StaffSurface> DescribeStaffAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = await AnalyseAsync(context, AnalysisOptions.Default, cancellationToken).ConfigureAwait(false);
        return new StaffSurface { Results = AnalysisViews.From(analysis) };
    }
}

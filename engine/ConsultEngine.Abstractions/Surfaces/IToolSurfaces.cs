using System.Text.Json;

namespace ConsultEngine.Abstractions;

/// <summary>
/// What a tool shows and asks, described as data so that the host renders any tool without knowing it
/// (SDK 1.2). A tool that implements it next to <see cref="IConsultationTool"/> gets a portal page,
/// the public submission API and a console page; a tool built for SDK 1.1 does not implement it and
/// keeps loading: the public never sees it and the console shows its analysis as before.
/// <para>
/// Every form field names its place in the body the host posts (a JSON Pointer such as
/// <c>/answers/q1</c>, <c>/identifier</c>, <c>/subject</c>), and every problem the tool reports uses the
/// same pointers, so the host puts each message beside its field without interpreting either.
/// </para>
/// </summary>
public interface IToolSurfaces
{
    /// <summary>
    /// What the public sees of the step now, or <see langword="null"/> when the public has no part in it
    /// (a staff-only tool, or a config that closes the web channel). Called with an anonymous
    /// <see cref="ToolContext.Actor"/>; may be called before the step was opened.
    /// </summary>
    ValueTask<PublicSurface?> DescribePublicAsync(ToolContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Given the body filled in so far for one of the step's forms (public or staff), which fields apply
    /// now and what is wrong so far. The tool's conditions (skip logic, constraints) run here and only
    /// here: the host asks before it shows the next page and before it submits.
    /// </summary>
    ValueTask<FormEvaluation> EvaluateAsync(ToolContext context, string formId, JsonElement body, CancellationToken cancellationToken);

    /// <summary>What staff see and enter in the console: entry forms (paper sheets, notes) and the results as views.</summary>
    ValueTask<StaffSurface> DescribeStaffAsync(ToolContext context, CancellationToken cancellationToken);
}

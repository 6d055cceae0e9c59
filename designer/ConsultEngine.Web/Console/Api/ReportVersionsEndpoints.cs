using ConsultEngine.Persistence.Reports;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Reporting.Versions;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// A consultation's stored report versions: generate the report or the explanation register as the next
/// version (with its data basis), list, read and download them, comment per section, move a version
/// through review, compare two. Reading needs <see cref="Policies.ReadConsultations"/>; generating,
/// commenting and reviewing <see cref="Policies.KeepRegisters"/> (the Working Group writes the report,
/// the Office and the Standing Committee review it). Refusals carry CE8910–CE8915, CE8901/CE8902/CE8904
/// and the engine's CE8002 for an unknown consultation.
/// </summary>
[ApiEndpointGroup]
internal static class ReportVersionsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/instances/{instanceId}").WithTags("Reports");

        reports.MapPost("/reports", async (Guid instanceId, GenerateBody? body, IReportVersions versions, HttpContext http, CancellationToken ct) =>
            {
                var version = await versions.GenerateAsync(instanceId, (body ?? new GenerateBody(null, null, null, null, null, null)).ToRequest(), StaffUser.From(http.User).Actor, ct).ConfigureAwait(false);
                return TypedResults.Created($"{ApiEndpoints.Prefix}/instances/{instanceId}/reports/{version.Number}", version);
            })
            .WithName("GenerateReportVersion").WithSummary("Generates the report (or, with kind=explanation, the explanation register) from the data as it stands and stores it as the next version, a draft, with its data basis.").Changes();
        reports.MapGet("/reports", (Guid instanceId, IReportVersions versions, CancellationToken ct) => versions.ListAsync(instanceId, ct))
            .WithName("ListReportVersions").WithSummary("The consultation's report versions, oldest first, each with its data basis and sections.").Reads();
        reports.MapGet("/reports/{number}", (Guid instanceId, int number, IReportVersions versions, CancellationToken ct) => versions.GetAsync(instanceId, number, ct))
            .WithName("GetReportVersion").WithSummary("One report version with its data basis and sections.").Reads();
        reports.MapGet("/reports/{number}/docx", (Guid instanceId, int number, IReportVersions versions, CancellationToken ct) => DownloadAsync(instanceId, number, "docx", versions, ct))
            .WithName("DownloadReportVersionDocx").WithSummary("The version's DOCX exactly as generated.").Reads();
        reports.MapGet("/reports/{number}/html", (Guid instanceId, int number, IReportVersions versions, CancellationToken ct) => DownloadAsync(instanceId, number, "html", versions, ct))
            .WithName("DownloadReportVersionHtml").WithSummary("The version's printable HTML exactly as generated.").Reads();
        reports.MapPost("/reports/{number}/status", (Guid instanceId, int number, StatusBody body, IReportVersions versions, HttpContext http, CancellationToken ct) =>
                versions.ChangeStatusAsync(instanceId, number, body.Status, StaffUser.From(http.User).Actor, ct))
            .WithName("ChangeReportVersionStatus").WithSummary("Moves a version through review: draft → underReview → approved, or underReview → draft (CE8914 otherwise).").Changes();
        reports.MapPost("/reports/{number}/comments", (Guid instanceId, int number, CommentBody body, IReportVersions versions, HttpContext http, CancellationToken ct) =>
                versions.CommentAsync(instanceId, number, body.SectionId ?? string.Empty, body.Text ?? string.Empty, StaffUser.From(http.User).Actor, ct))
            .WithName("CommentReportSection").WithSummary("Adds a review comment on a section of a version (CE8911 when the version has no such section).").Changes();
        reports.MapGet("/reports/comments", (Guid instanceId, IReportVersions versions, CancellationToken ct) => versions.CommentsAsync(instanceId, ct))
            .WithName("ListReportComments").WithSummary("Review comments by section, with the comments of every version (earlier versions' stay visible).").Reads();
        reports.MapPost("/reports/comments/{commentId}/resolve", (Guid instanceId, Guid commentId, ResolveBody body, IReportVersions versions, HttpContext http, CancellationToken ct) =>
                versions.ResolveCommentAsync(instanceId, commentId, body.Resolved ?? true, StaffUser.From(http.User).Actor, ct))
            .WithName("ResolveReportComment").WithSummary("Marks a review comment resolved (or open again with resolved=false).").Changes();
        reports.MapGet("/reports/compare", (Guid instanceId, int from, int to, IReportVersions versions, CancellationToken ct) => versions.CompareAsync(instanceId, from, to, ct))
            .WithName("CompareReportVersions").WithSummary("Two versions of one kind compared: paragraphs added, removed and changed, figures changed (old → new) per section, and the data basis.").Reads();
    }

    private static async Task<IResult> DownloadAsync(Guid instanceId, int number, string format, IReportVersions versions, CancellationToken ct)
    {
        var file = await versions.FileAsync(instanceId, number, format, ct).ConfigureAwait(false);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static RouteHandlerBuilder Reads(this RouteHandlerBuilder builder) => builder
        .RequireAuthorization(Policies.ReadConsultations)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);

    private static RouteHandlerBuilder Changes(this RouteHandlerBuilder builder) => builder
        .RequireAuthorization(Policies.KeepRegisters)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>What to generate; every field is optional (the report, in Vietnamese, with the default header).</summary>
    internal sealed record GenerateBody(string? Kind, string? Language, string? IssuingBody, string? NumberAndSymbol, string? Place, string? Signer)
    {
        public ReportVersionRequest ToRequest() => new()
        {
            Kind = Kind,
            Language = Language,
            Options = new ReportOptions { IssuingBody = IssuingBody, NumberAndSymbol = NumberAndSymbol, Place = Place, Signer = Signer },
        };
    }

    internal sealed record StatusBody(ReportVersionStatus Status);

    internal sealed record CommentBody(string? SectionId, string? Text);

    internal sealed record ResolveBody(bool? Resolved);
}

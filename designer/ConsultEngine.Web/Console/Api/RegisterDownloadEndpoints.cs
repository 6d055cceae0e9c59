using ConsultEngine.Hosting.Registers;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Rendering;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Portal;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// The explanation register as DOCX for staff, at any time (the portal's copy answers only after
/// publication is approved): the console's register page links it. The reader's language unless
/// <c>lang</c> says otherwise; an unknown consultation is refused with CE8711 like the register's reads.
/// </summary>
[ApiEndpointGroup]
internal static class RegisterDownloadEndpoints
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/instances/{instanceId}/register/explanation.docx", DownloadAsync)
            .WithTags("Registers")
            .WithName("DownloadExplanationRegister")
            .WithSummary("The explanation register (báo cáo tiếp thu, giải trình) as DOCX, citizens anonymised.")
            .RequireAuthorization(Policies.ReadConsultations)
            .Produces(StatusCodes.Status200OK, contentType: Docx)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> DownloadAsync(Guid instanceId, string? lang, IConsultationRegisters registers, IConsultationReports reports, CancellationToken cancellationToken)
    {
        // The register's own read refuses an unknown consultation with its code (CE8711, 404).
        await registers.ProgressAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var language = lang is "vi" or "en" ? lang : PortalApi.Language;
        var register = await reports.BuildExplanationRegisterAsync(instanceId, new ReportOptions { Language = language }, cancellationToken).ConfigureAwait(false);
        return TypedResults.File(DocxRenderer.Render(register), Docx, $"tham-van-{instanceId:N}-tiep-thu-giai-trinh.docx");
    }
}

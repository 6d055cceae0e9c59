using System.Text;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Rendering;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Reporting.Results;
using ConsultEngine.Web.Portal;
using Microsoft.Extensions.Localization;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// The downloads of a consultation's results page: the report (DOCX and printable HTML), the
/// explanation register (DOCX), aggregated open data (CSV and JSON: counts and shares, no personal
/// data, no free text). Each answers 404 until publication is approved, exactly as the page does.
/// </summary>
internal static class ResultsDownloads
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapResultsDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/consultations/{instanceId:guid}/results/{file}", DownloadAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid instanceId, string file, PublicResultsReader reader, IConsultationReports reports, IStringLocalizer<PortalText> localizer, CancellationToken cancellationToken)
    {
        if (!await reader.IsPublishedAsync(instanceId, cancellationToken).ConfigureAwait(false))
        {
            return PortalApi.NotOpen(localizer);
        }

        var options = new ReportOptions { Language = PortalApi.Language };
        var name = $"tham-van-{instanceId:N}";
        switch (file)
        {
            case "report.docx":
                var report = await reports.BuildReportAsync(instanceId, options, cancellationToken).ConfigureAwait(false);
                return TypedResults.File(DocxRenderer.Render(report.Document), Docx, $"{name}-bao-cao.docx");
            case "report.html":
                var printable = await reports.BuildReportAsync(instanceId, options, cancellationToken).ConfigureAwait(false);
                return TypedResults.Text(HtmlRenderer.Render(printable.Document), "text/html", Encoding.UTF8);
            case "register.docx":
                var register = await reports.BuildExplanationRegisterAsync(instanceId, options, cancellationToken).ConfigureAwait(false);
                return TypedResults.File(DocxRenderer.Render(register), Docx, $"{name}-tiep-thu-giai-trinh.docx");
            case "data.csv" or "data.json":
                var results = await reports.ResultsAsync(instanceId, cancellationToken).ConfigureAwait(false);
                var format = file[5..];
                return TypedResults.File(OpenResultsWriter.Write(results, format), format == "csv" ? "text/csv; charset=utf-8" : "application/json", $"{name}-du-lieu.{format}");
            default:
                return PortalApi.NotOpen(localizer);
        }
    }
}

using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Reporting.Results;

namespace ConsultEngine.Reporting;

/// <summary>
/// What comes out of a consultation: its consultation-wide analysis, its report (a
/// <see cref="Documents.Document"/> to render as DOCX or HTML) and its aggregated open data. An
/// unknown instance is refused with <see cref="ReportCodes.InstanceNotFound"/>.
/// </summary>
public interface IConsultationReports
{
    /// <summary>People and opinions across every tool step of the instance, with each tool step's own analysis.</summary>
    Task<ConsultationAnalysis> AnalyseAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>The report generated from the definition's <c>report</c> structure and the instance's data as it stands now.</summary>
    Task<ConsultationReport> BuildReportAsync(Guid instanceId, ReportOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The aggregated open data: participation counts and per-question option counts and shares; no personal data, no free text.</summary>
    /// <summary>
    /// The explanation register (báo cáo tiếp thu, giải trình ý kiến) as a document in the same
    /// administrative format as the report: every dispositioned opinion, citizens anonymised.
    /// </summary>
    Task<Documents.Document> BuildExplanationRegisterAsync(Guid instanceId, ReportOptions? options = null, CancellationToken cancellationToken = default);

    Task<OpenResults> ResultsAsync(Guid instanceId, CancellationToken cancellationToken = default);
}

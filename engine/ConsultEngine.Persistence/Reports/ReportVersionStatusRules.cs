namespace ConsultEngine.Persistence.Reports;

/// <summary>
/// The review of a version: a draft is put under review; under review it is approved or sent back to
/// draft. Approved and superseded versions do not move: a revision is a new version.
/// </summary>
public static class ReportVersionStatusRules
{
    public static bool Allows(ReportVersionStatus from, ReportVersionStatus to) => (from, to) switch
    {
        (ReportVersionStatus.Draft, ReportVersionStatus.UnderReview) => true,
        (ReportVersionStatus.UnderReview, ReportVersionStatus.Approved) => true,
        (ReportVersionStatus.UnderReview, ReportVersionStatus.Draft) => true,
        _ => false,
    };
}

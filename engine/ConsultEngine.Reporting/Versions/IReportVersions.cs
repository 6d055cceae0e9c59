using ConsultEngine.Persistence.Reports;

namespace ConsultEngine.Reporting.Versions;

/// <summary>
/// A consultation's stored report versions and their review: generate a version (the report or the
/// explanation register, rendered to DOCX and HTML and kept with its data basis), list and download
/// them, comment per section, move a version through review, and compare two versions. An unknown
/// consultation is the engine's CE8002; the versions' own refusals are CE8910–CE8915.
/// </summary>
public interface IReportVersions
{
    /// <summary>Generates from the instance's data as it stands now and stores the result as the next version (a draft).</summary>
    Task<ReportVersion> GenerateAsync(Guid instanceId, ReportVersionRequest request, string actor, CancellationToken cancellationToken = default);

    /// <summary>The consultation's versions, oldest first.</summary>
    Task<IReadOnlyList<ReportVersion>> ListAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<ReportVersion> GetAsync(Guid instanceId, int number, CancellationToken cancellationToken = default);

    /// <summary>A version's file as generated: <c>docx</c> or <c>html</c> (CE8901 otherwise).</summary>
    Task<ReportVersionFile> FileAsync(Guid instanceId, int number, string format, CancellationToken cancellationToken = default);

    /// <summary>Moves a version through review (draft → underReview → approved, or back to draft).</summary>
    Task<ReportVersion> ChangeStatusAsync(Guid instanceId, int number, ReportVersionStatus status, string actor, CancellationToken cancellationToken = default);

    /// <summary>Adds a review comment on a section of a version.</summary>
    Task<ReportReviewComment> CommentAsync(Guid instanceId, int number, string sectionId, string text, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every section that has comments, with the comments of every version (a revision keeps earlier comments visible).</summary>
    Task<IReadOnlyList<SectionReview>> CommentsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<ReportReviewComment> ResolveCommentAsync(Guid instanceId, Guid commentId, bool resolved, string actor, CancellationToken cancellationToken = default);

    /// <summary>Compares two versions of the same kind (CE8915 otherwise).</summary>
    Task<ReportComparison> CompareAsync(Guid instanceId, int fromNumber, int toNumber, CancellationToken cancellationToken = default);
}

namespace ConsultEngine.Persistence.Reports;

/// <summary>
/// Where a consultation's generated report versions and their review comments are kept. Each change
/// is one write transaction that checks what it names against what is stored at that moment;
/// refusals are <see cref="ReportVersionException"/>s with a <see cref="ReportVersionCodes"/> code.
/// The store does not know instances: the caller checks the consultation exists.
/// </summary>
public interface IReportVersionStore
{
    /// <summary>
    /// Stores a generation as the next number of the consultation; earlier versions of the same kind
    /// that were not approved become <see cref="ReportVersionStatus.Superseded"/>.
    /// </summary>
    Task<StoredReportVersion> AddAsync(Guid instanceId, NewReportVersion version, string actor, CancellationToken cancellationToken = default);

    /// <summary>The consultation's versions, oldest first, without their files.</summary>
    Task<IReadOnlyList<StoredReportVersion>> ListAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<StoredReportVersion?> FindAsync(Guid instanceId, int number, CancellationToken cancellationToken = default);

    /// <summary>The version's rendered files, or <c>null</c> when there is no such version.</summary>
    Task<ReportVersionFiles?> FilesAsync(Guid instanceId, int number, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a version's status: draft → under review → approved, or under review → draft (CE8914 for
    /// any other move; CE8910 when there is no such version).
    /// </summary>
    Task<StoredReportVersion> ChangeStatusAsync(Guid instanceId, int number, ReportVersionStatus status, string actor, CancellationToken cancellationToken = default);

    /// <summary>Adds a comment on a section of a version (CE8910 no version, CE8911 no such section in it, CE8912 empty text).</summary>
    Task<ReportReviewComment> AddCommentAsync(Guid instanceId, int number, string sectionId, string text, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every comment of every version of the consultation, by section, then version, then time.</summary>
    Task<IReadOnlyList<ReportReviewComment>> CommentsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Marks a comment resolved or open again (CE8913 when there is no such comment).</summary>
    Task<ReportReviewComment> ResolveCommentAsync(Guid instanceId, Guid commentId, bool resolved, string actor, CancellationToken cancellationToken = default);
}

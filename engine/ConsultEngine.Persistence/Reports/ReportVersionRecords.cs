namespace ConsultEngine.Persistence.Reports;

/// <summary>
/// Where a stored report version stands in its review. A new version starts as a draft; it is put
/// under review, then approved (or sent back to draft). Generating a newer version of the same kind
/// supersedes the earlier ones that were not approved: their comments stay readable.
/// </summary>
public enum ReportVersionStatus
{
    Draft,
    UnderReview,
    Approved,
    Superseded,
}

/// <summary>
/// What is stored for one generation: the kind (<c>report</c> or <c>explanation</c>), its language, the
/// data basis and the section outline as JSON (written and read by the reporting layer; the store does
/// not look inside), the ids of its sections (what review comments may name), and the rendered files.
/// </summary>
public sealed record NewReportVersion(string Kind, string Language, string BasisJson, string OutlineJson, IReadOnlyList<string> SectionIds, byte[] Docx, byte[] Html);

/// <summary>A stored report version without its files.</summary>
public sealed record StoredReportVersion
{
    public required Guid InstanceId { get; init; }

    /// <summary>1, 2, … per consultation, over both kinds, in the order they were generated.</summary>
    public required int Number { get; init; }

    public required string Kind { get; init; }

    public required string Language { get; init; }

    public required ReportVersionStatus Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>Who last moved its status, and when (the creator and creation time until then).</summary>
    public required string StatusChangedBy { get; init; }

    public required DateTimeOffset StatusChangedAt { get; init; }

    public required string BasisJson { get; init; }

    public required string OutlineJson { get; init; }

    public IReadOnlyList<string> SectionIds { get; init; } = [];

    public long DocxLength { get; init; }

    public long HtmlLength { get; init; }
}

/// <summary>The rendered files of a stored version, exactly as they were generated.</summary>
public sealed record ReportVersionFiles(byte[] Docx, byte[] Html);

/// <summary>A review comment on one section of one version; it stays with that version when a newer one is generated.</summary>
public sealed record ReportReviewComment
{
    public required Guid Id { get; init; }

    public required Guid InstanceId { get; init; }

    public required int VersionNumber { get; init; }

    /// <summary>The section's id in the definition's report structure (stable across versions).</summary>
    public required string SectionId { get; init; }

    public required string Author { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string Text { get; init; }

    public bool Resolved { get; init; }

    public string? ResolvedBy { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }
}

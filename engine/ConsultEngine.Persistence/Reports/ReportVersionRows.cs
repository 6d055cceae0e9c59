namespace ConsultEngine.Persistence.Reports;

// The rows of the report tables. A version row is written once (only its status moves); its files are
// kept as generated, so the document a committee approved is the document that is published, whatever
// later versions of the renderers would draw. Comments are their own rows, keyed by version and section.

internal sealed class ReportVersionRow
{
    public Guid InstanceId { get; set; }

    public int Number { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    public ReportVersionStatus Status { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string StatusChangedBy { get; set; } = string.Empty;

    public DateTimeOffset StatusChangedAt { get; set; }

    public string BasisJson { get; set; } = "{}";

    public string OutlineJson { get; set; } = "{}";

    public string SectionIdsJson { get; set; } = "[]";

    public byte[] Docx { get; set; } = [];

    public byte[] Html { get; set; } = [];
}

internal sealed class ReportReviewCommentRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public int VersionNumber { get; set; }

    public string SectionId { get; set; } = string.Empty;

    public string Author { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string Text { get; set; } = string.Empty;

    public bool Resolved { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}

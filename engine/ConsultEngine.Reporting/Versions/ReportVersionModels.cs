using ConsultEngine.Persistence.Reports;
using ConsultEngine.Reporting.Reports;

namespace ConsultEngine.Reporting.Versions;

/// <summary>What to generate: <c>report</c> (default) or <c>explanation</c>, in <c>vi</c> (default) or <c>en</c>, with the report's header details.</summary>
public sealed record ReportVersionRequest
{
    public string? Kind { get; init; }

    public string? Language { get; init; }

    /// <summary>Header and signature details (issuing body, number and symbol, place, signer); the language is <see cref="Language"/>.</summary>
    public ReportOptions? Options { get; init; }
}

/// <summary>A section of a version as listed: its id (what comments name), number and heading.</summary>
public sealed record VersionSection(string Id, string Number, string Heading);

/// <summary>A stored report version: its number, kind, language, review status, who generated it and when, what it was built from, and its sections.</summary>
public sealed record ReportVersion
{
    public required int Number { get; init; }

    public required string Kind { get; init; }

    public required string Language { get; init; }

    public required ReportVersionStatus Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset StatusChangedAt { get; init; }

    public required string StatusChangedBy { get; init; }

    public required ReportDataBasis Basis { get; init; }

    public IReadOnlyList<VersionSection> Sections { get; init; } = [];

    public long DocxBytes { get; init; }

    public long HtmlBytes { get; init; }
}

/// <summary>A rendered file of a version, ready to download.</summary>
public sealed record ReportVersionFile(string FileName, string ContentType, byte[] Content);

/// <summary>The review comments of one section across every version, oldest version first, with the section's latest heading.</summary>
public sealed record SectionReview(string SectionId, string Heading, IReadOnlyList<ReportReviewComment> Comments);

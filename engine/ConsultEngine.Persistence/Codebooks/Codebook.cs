using ConsultEngine.Abstractions;

namespace ConsultEngine.Persistence.Codebooks;

/// <summary>
/// A theme of a consultation's codebook: one codebook per consultation, shared by every qualitative
/// source (hearing opinions, focus-group passages, draft comments, survey free text). A theme may sit
/// under a parent theme (a sub-theme).
/// </summary>
public sealed record CodebookTheme(string Id, LocalText Label)
{
    public LocalText? Description { get; init; }

    public string? ParentId { get; init; }

    /// <summary>The tool step the theme was imported from (its own codebook), or null when defined here.</summary>
    public string? ImportedFrom { get; init; }
}

/// <summary>Who codes: the primary coder, whose coding is the analysis, or the second coder of the agreement check, who codes a sample blind.</summary>
public enum CodingRole
{
    Primary,
    Second,
}

/// <summary>
/// One coding of an opinion (by its register id, <c>Opinion.Id</c>): the themes given (none is a coding
/// too: the coder found no theme), who coded, in which role and when. Codings are append-only; the latest
/// of an opinion in a role is in force.
/// </summary>
public sealed record Coding(string OpinionId, IReadOnlyList<string> ThemeIds, CodingRole Role, string Coder, DateTimeOffset CodedAt);

/// <summary>The opinions drawn for the blind second coding, in the order drawn, with how they were drawn.</summary>
public sealed record CodingSample(IReadOnlyList<string> OpinionIds, int Seed, string DrawnBy, DateTimeOffset DrawnAt);

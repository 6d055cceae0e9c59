using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Codebooks;

namespace ConsultEngine.Hosting.Codebooks;

/// <summary>How to draw the second-coding sample: exactly one of a share (0 &lt; share ≤ 1, rounded up) or a count of the coded opinions, and the seed.</summary>
public sealed record SampleRequest(double? Share, int? Count, int Seed = SampleRequest.DefaultSeed)
{
    public const int DefaultSeed = 20251;
}

/// <summary>An opinion as the primary coder sees it: its text and source, the themes its tool gave it, and its primary coding in force.</summary>
public sealed record CodableOpinion(string Id, string StepId, string Tool, string Text, LocalText SourceLabel, IReadOnlyList<string> ToolThemes, Coding? Primary);

/// <summary>An opinion of the sample as a second coder sees it: no theme but the coder's own.</summary>
public sealed record BlindOpinion(string Id, string StepId, string Tool, string Text, LocalText SourceLabel, IReadOnlyList<string>? MyThemes);

/// <summary>What a second coder's call returns: the coding just recorded, nothing of the primary coder's.</summary>
public sealed record BlindCoding(string OpinionId, IReadOnlyList<string> ThemeIds, string Coder, DateTimeOffset CodedAt);

/// <summary>The opinions of one source (a tool step): in all and with a primary coding.</summary>
public sealed record CodingSource(string StepId, string Tool, LocalText Title, int Opinions, int Coded);

/// <summary>A quote under a theme: the opinion's id, text and source label (citizens never named).</summary>
public sealed record ThemeQuote(string OpinionId, string StepId, string Text, LocalText SourceLabel);

/// <summary>One theme: the opinions coded to it, in all and by source (step id → count, every source listed), and a few quotes.</summary>
public sealed record ThemeSummary(CodebookTheme Theme, int Opinions, IReadOnlyDictionary<string, int> BySource, IReadOnlyList<ThemeQuote> Quotes);

/// <summary>The themes table of a consultation: its sources, then each theme of the codebook (most opinions first).</summary>
public sealed record CodebookThemeTable(Guid InstanceId, IReadOnlyList<CodingSource> Sources, IReadOnlyList<ThemeSummary> Themes)
{
    public int Opinions => Sources.Sum(s => s.Opinions);

    public int Coded => Sources.Sum(s => s.Coded);
}

/// <summary>A disagreement for the Working Group to settle: the opinion, the theme, who gave it and who did not.</summary>
public sealed record CodebookDisagreement(string OpinionId, string Text, string ThemeId, LocalText ThemeLabel, string GivenBy, string NotGivenBy);

/// <summary>One tool step's own double coding (its analysis' coder agreement), beside the codebook's.</summary>
public sealed record ToolCoderAgreement(string StepId, string Tool, CoderAgreementResult Agreement);

/// <summary>
/// Agreement between the primary and the second coding over the sample: per theme and pooled kappa with its
/// Landis–Koch reading (<see cref="KappaResult.Reading"/>), the disagreements with texts and coders, and the
/// tools' own double codings.
/// </summary>
public sealed record CodebookAgreement(Guid InstanceId, int Sampled, CoderAgreementResult Result, IReadOnlyDictionary<string, LocalText> ThemeLabels, IReadOnlyList<CodebookDisagreement> Disagreements)
{
    public IReadOnlyList<string> PrimaryCoders { get; init; } = [];

    public IReadOnlyList<string> SecondCoders { get; init; } = [];

    public IReadOnlyList<ToolCoderAgreement> ToolAgreements { get; init; } = [];
}

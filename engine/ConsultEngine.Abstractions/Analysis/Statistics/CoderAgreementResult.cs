namespace ConsultEngine.Abstractions;

/// <summary>Which of the two coders compared.</summary>
public enum WhichCoder
{
    First,
    Second,
}

/// <summary>One theme's 2×2 table over the compared passages and its kappa.</summary>
public sealed record ThemeAgreement(string Theme, int BothYes, int FirstOnly, int SecondOnly, int BothNo, KappaResult Agreement);

/// <summary>A passage where one coder gave a theme and the other did not: <paramref name="SaidYes"/> is the one who gave it.</summary>
public sealed record CodingDisagreement(string PassageId, string Theme, WhichCoder SaidYes);

/// <summary>Agreement between two coders: per theme, overall (pooled kappa), and every disagreement for the Working Group to settle.</summary>
public sealed record CoderAgreementResult(IReadOnlyList<ThemeAgreement> Themes, KappaResult Overall, IReadOnlyList<CodingDisagreement> Disagreements)
{
    /// <summary>The passages both coders coded (the ones compared).</summary>
    public int Passages { get; init; }

    /// <summary>Passages only the first coder coded (left out of the comparison).</summary>
    public int FirstOnlyPassages { get; init; }

    /// <summary>Passages only the second coder coded (left out of the comparison).</summary>
    public int SecondOnlyPassages { get; init; }
}

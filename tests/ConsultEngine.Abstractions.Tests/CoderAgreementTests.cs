namespace ConsultEngine.Abstractions.Tests;

public sealed class CoderAgreementTests
{
    /// <summary>
    /// Ten passages, three themes (access, cost, safety), coded by two coders:
    /// <code>
    /// passage  first            second
    /// p01      cost             cost
    /// p02      cost, safety     cost
    /// p03      safety           safety
    /// p04      —                —
    /// p05      cost             cost, access
    /// p06      access           access
    /// p07      cost             safety
    /// p08      safety, access   safety, access
    /// p09      —                cost
    /// p10      cost             cost
    /// </code>
    /// By hand, per theme (both yes, first only, second only, both no; n = 10):
    /// <list type="bullet">
    /// <item>access: 2, 0, 1 (p05), 7. p_o = 0.9; rates 0.2 and 0.3; p_e = 0.2·0.3 + 0.8·0.7 = 0.62;
    /// κ = (0.9 − 0.62) / 0.38 = 0.28 / 0.38 = 0.7368 — substantial.</item>
    /// <item>cost: 4, 1 (p07), 1 (p09), 4. p_o = 0.8; rates 0.5 and 0.5; p_e = 0.25 + 0.25 = 0.5;
    /// κ = 0.3 / 0.5 = 0.6 — moderate (0.60 is the band's upper bound; the floating-point 0.6000000000000001 still reads moderate).</item>
    /// <item>safety: 2, 1 (p02), 1 (p07), 6. p_o = 0.8; rates 0.3 and 0.3; p_e = 0.09 + 0.49 = 0.58;
    /// κ = 0.22 / 0.42 = 0.5238 — moderate.</item>
    /// </list>
    /// Pooled: p̄_o = (0.9 + 0.8 + 0.8) / 3 = 0.8333; p̄_e = (0.62 + 0.5 + 0.58) / 3 = 0.5667;
    /// κ = (2.5/3 − 1.7/3) / (1 − 1.7/3) = 0.8 / 1.3 = 0.6154 — substantial; over 30 decisions.
    /// (One 2×2 table of all 30 decisions would give p_e = (10/30)(11/30) + (20/30)(19/30) = 0.5444 and κ = 0.6341.)
    /// Disagreements, by passage then theme: p02 safety (first), p05 access (second), p07 cost (first),
    /// p07 safety (second), p09 cost (second) — the 30 − 25 decisions not agreed.
    /// </summary>
    private static readonly Dictionary<string, string[]> First = new()
    {
        ["p01"] = ["cost"], ["p02"] = ["cost", "safety"], ["p03"] = ["safety"], ["p04"] = [], ["p05"] = ["cost"],
        ["p06"] = ["access"], ["p07"] = ["cost"], ["p08"] = ["safety", "access"], ["p09"] = [], ["p10"] = ["cost"],
    };

    private static readonly Dictionary<string, string[]> Second = new()
    {
        ["p01"] = ["cost"], ["p02"] = ["cost"], ["p03"] = ["safety"], ["p04"] = [], ["p05"] = ["cost", "access"],
        ["p06"] = ["access"], ["p07"] = ["safety"], ["p08"] = ["safety", "access"], ["p09"] = ["cost"], ["p10"] = ["cost"],
    };

    [Fact]
    public void Compare_GivesEachThemesTableAndKappa_AsWorkedOutByHand()
    {
        var result = CoderAgreement.Compare(First, Second);

        Assert.Equal(
            [("access", 2, 0, 1, 7, 0.9, 0.62, 0.7368), ("cost", 4, 1, 1, 4, 0.8, 0.5, 0.6), ("safety", 2, 1, 1, 6, 0.8, 0.58, 0.5238)],
            result.Themes.Select(t => (t.Theme, t.BothYes, t.FirstOnly, t.SecondOnly, t.BothNo, t.Agreement.ObservedAgreement, t.Agreement.ExpectedAgreement, t.Agreement.Kappa!.Value)));
        Assert.Equal(
            [AgreementReading.Substantial, AgreementReading.Moderate, AgreementReading.Moderate],
            result.Themes.Select(t => t.Agreement.Reading!.Value));
    }

    [Fact]
    public void Compare_PoolsTheThemesKappas_AsWorkedOutByHand()
    {
        var overall = CoderAgreement.Compare(First, Second).Overall;

        Assert.Equal((30, 0.8333, 0.5667, 0.6154), (overall.Items, overall.ObservedAgreement, overall.ExpectedAgreement, overall.Kappa!.Value));
        Assert.Equal(AgreementReading.Substantial, overall.Reading);
    }

    [Fact]
    public void Compare_ListsEveryDisagreement_ByPassageThenTheme_WithTheCoderWhoSaidYes()
    {
        var result = CoderAgreement.Compare(First, Second);

        Assert.Equal(
            [("p02", "safety", WhichCoder.First), ("p05", "access", WhichCoder.Second), ("p07", "cost", WhichCoder.First), ("p07", "safety", WhichCoder.Second), ("p09", "cost", WhichCoder.Second)],
            result.Disagreements.Select(d => (d.PassageId, d.Theme, d.SaidYes)));
    }

    [Fact]
    public void Compare_OnlyPassagesBothCoded_CountingTheOthersApart()
    {
        var second = new Dictionary<string, string[]>(Second) { ["p11"] = ["cost"] };
        second.Remove("p04");

        var result = CoderAgreement.Compare(First, second);

        Assert.Equal((9, 1, 1), (result.Passages, result.FirstOnlyPassages, result.SecondOnlyPassages));
        Assert.Equal(27, result.Overall.Items);
        Assert.DoesNotContain(result.Disagreements, d => d.PassageId is "p04" or "p11");
    }

    [Fact]
    public void Compare_ThemeBothCodersGaveEveryPassage_HasNoKappa_AndNothingCodedHasNoThemes()
    {
        var all = new Dictionary<string, string[]> { ["a"] = ["x"], ["b"] = ["x"] };
        var none = new Dictionary<string, string[]> { ["a"] = [], ["b"] = [] };

        var result = CoderAgreement.Compare(all, all);

        Assert.Null(Assert.Single(result.Themes).Agreement.Kappa);
        Assert.Null(result.Overall.Kappa);
        Assert.Empty(CoderAgreement.Compare(none, none).Themes);
        Assert.Null(CoderAgreement.Compare(none, none).Overall.Kappa);
    }
}

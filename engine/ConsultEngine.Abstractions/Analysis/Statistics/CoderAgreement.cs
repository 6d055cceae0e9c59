namespace ConsultEngine.Abstractions;

/// <summary>
/// Agreement between two coders who coded the same passages against one codebook. Each passage × theme is
/// one yes/no decision by each coder, so every theme has its own 2×2 table and its own kappa.
/// <para>
/// The overall figure is the <b>pooled kappa</b> of De Vries, Elliott, Kanouse and Teleki (2008):
/// κ_pooled = (p̄_o − p̄_e) / (1 − p̄_e), where p̄_o and p̄_e are the means over themes of each theme's
/// observed and chance agreement. Its observed agreement equals that of all passage × theme decisions
/// together, but chance agreement is worked out theme by theme, from each coder's rate of using that
/// theme: collapsing every decision into one 2×2 table would treat a rare theme and a common one as the
/// same coin, and misstate what agreement chance alone gives. A theme neither coder used on the compared
/// passages carries no decision anyone made and is not listed.
/// </para>
/// Results are rounded to 4 decimals and ordered (themes and passages in ordinal order), so that they can
/// be snapshot-tested.
/// </summary>
public static class CoderAgreement
{
    /// <summary>
    /// Compares two coders' codings: passage id → the themes the coder gave it. Only passages both coded are
    /// compared (a passage coded with no theme is present with an empty set); the others are counted apart.
    /// </summary>
    public static CoderAgreementResult Compare<TThemes>(IReadOnlyDictionary<string, TThemes> first, IReadOnlyDictionary<string, TThemes> second)
        where TThemes : IEnumerable<string>
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var passages = first.Keys.Where(second.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var a = passages.ToDictionary(p => p, p => first[p].ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var b = passages.ToDictionary(p => p, p => second[p].ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var themes = passages.SelectMany(p => a[p].Concat(b[p])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var perTheme = new List<ThemeAgreement>();
        var disagreements = new List<CodingDisagreement>();
        foreach (var theme in themes)
        {
            int bothYes = 0, firstOnly = 0, secondOnly = 0, bothNo = 0;
            foreach (var passage in passages)
            {
                switch ((a[passage].Contains(theme), b[passage].Contains(theme)))
                {
                    case (true, true):
                        bothYes++;
                        break;
                    case (true, false):
                        firstOnly++;
                        disagreements.Add(new CodingDisagreement(passage, theme, WhichCoder.First));
                        break;
                    case (false, true):
                        secondOnly++;
                        disagreements.Add(new CodingDisagreement(passage, theme, WhichCoder.Second));
                        break;
                    default:
                        bothNo++;
                        break;
                }
            }

            perTheme.Add(new ThemeAgreement(theme, bothYes, firstOnly, secondOnly, bothNo, Rounded(CohenKappa.Of(bothYes, firstOnly, secondOnly, bothNo))));
        }

        var overall = themes.Count == 0
            ? new KappaResult(0, 0, 0, null)
            : CohenKappa.From(
                passages.Count * themes.Count,
                perTheme.Average(t => (double)(t.BothYes + t.BothNo) / passages.Count),
                themes.Average(t => Expected(passages, a, b, t)));
        return new CoderAgreementResult(perTheme, Rounded(overall), [.. disagreements.OrderBy(d => d.PassageId, StringComparer.Ordinal).ThenBy(d => d.Theme, StringComparer.Ordinal)])
        {
            Passages = passages.Count,
            FirstOnlyPassages = first.Keys.Count(p => !second.ContainsKey(p)),
            SecondOnlyPassages = second.Keys.Count(p => !first.ContainsKey(p)),
        };
    }

    /// <summary>A theme's chance agreement, from the unrounded rates (the per-theme results carry rounded ones).</summary>
    private static double Expected(List<string> passages, Dictionary<string, HashSet<string>> a, Dictionary<string, HashSet<string>> b, string theme)
    {
        double n = passages.Count;
        var first = passages.Count(p => a[p].Contains(theme)) / n;
        var second = passages.Count(p => b[p].Contains(theme)) / n;
        return (first * second) + ((1 - first) * (1 - second));
    }

    private static KappaResult Rounded(KappaResult result) => result with
    {
        ObservedAgreement = InputAnalyzer.Round(result.ObservedAgreement),
        ExpectedAgreement = InputAnalyzer.Round(result.ExpectedAgreement),
        Kappa = result.Kappa is { } kappa ? InputAnalyzer.Round(kappa) : null,
    };
}

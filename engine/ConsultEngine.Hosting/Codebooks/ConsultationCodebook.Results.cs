using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Codebooks;

namespace ConsultEngine.Hosting.Codebooks;

internal sealed partial class ConsultationCodebook
{
    public async Task<CodebookThemeTable> ThemesAsync(Guid instanceId, int quotesPerTheme = 3, CancellationToken cancellationToken = default)
    {
        var opinions = await ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var primary = await PrimaryAsync(instanceId, opinions, cancellationToken).ConfigureAwait(false);
        var themes = await store.ThemesAsync(instanceId, cancellationToken).ConfigureAwait(false);

        var sources = opinions.Opinions
            .GroupBy(o => o.StepId, StringComparer.Ordinal)
            .Select(g => new CodingSource(g.Key, g.First().Tool, opinions.ToolTitles.GetValueOrDefault(g.Key) ?? new LocalText(g.Key, g.Key), g.Count(), g.Count(o => primary.ContainsKey(o.Id))))
            .ToList();
        var summaries = themes.Select(theme =>
        {
            var coded = opinions.Opinions.Where(o => primary.TryGetValue(o.Id, out var c) && c.ThemeIds.Contains(theme.Id, StringComparer.Ordinal)).ToList();
            var bySource = sources.ToDictionary(s => s.StepId, s => coded.Count(o => o.StepId == s.StepId), StringComparer.Ordinal);
            var quotes = coded.Take(Math.Max(0, quotesPerTheme)).Select(o => new ThemeQuote(o.Id, o.StepId, o.Text, o.SourceLabel)).ToList();
            return new ThemeSummary(theme, coded.Count, bySource, quotes);
        })
        .OrderByDescending(s => s.Opinions)
        .ThenBy(s => s.Theme.Id, StringComparer.Ordinal)
        .ToList();
        return new CodebookThemeTable(instanceId, sources, summaries);
    }

    public async Task<CodebookAgreement> AgreementAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var opinions = await ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var texts = opinions.Opinions.ToDictionary(o => o.Id, o => o.Text, StringComparer.Ordinal);
        var primary = await PrimaryAsync(instanceId, opinions, cancellationToken).ConfigureAwait(false);
        var sampled = (await store.SampleAsync(instanceId, cancellationToken).ConfigureAwait(false))?.OpinionIds.Where(texts.ContainsKey).ToHashSet(StringComparer.Ordinal) ?? [];
        var second = (await store.CodingsAsync(instanceId, CodingRole.Second, cancellationToken).ConfigureAwait(false))
            .Where(c => sampled.Contains(c.OpinionId))
            .ToDictionary(c => c.OpinionId, StringComparer.Ordinal);
        var first = primary.Where(p => sampled.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        var result = CoderAgreement.Compare(
            first.ToDictionary(p => p.Key, p => p.Value.ThemeIds, StringComparer.Ordinal),
            second.ToDictionary(p => p.Key, p => p.Value.ThemeIds, StringComparer.Ordinal));
        var labels = (await store.ThemesAsync(instanceId, cancellationToken).ConfigureAwait(false)).ToDictionary(t => t.Id, t => t.Label, StringComparer.Ordinal);
        var disagreements = result.Disagreements.Select(d =>
        {
            var (given, notGiven) = d.SaidYes == WhichCoder.First ? (first[d.PassageId].Coder, second[d.PassageId].Coder) : (second[d.PassageId].Coder, first[d.PassageId].Coder);
            return new CodebookDisagreement(d.PassageId, texts[d.PassageId], d.Theme, labels.GetValueOrDefault(d.Theme) ?? new LocalText(d.Theme, d.Theme), given, notGiven);
        }).ToList();

        return new CodebookAgreement(instanceId, sampled.Count, result, labels, disagreements)
        {
            PrimaryCoders = Coders(first.Values.Where(c => second.ContainsKey(c.OpinionId))),
            SecondCoders = Coders(second.Values.Where(c => first.ContainsKey(c.OpinionId))),
            ToolAgreements = await ToolAgreementsAsync(instanceId, opinions.ToolTitles.Keys, cancellationToken).ConfigureAwait(false),
        };
    }

    private static List<string> Coders(IEnumerable<Coding> codings) =>
        [.. codings.Select(c => c.Coder).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    /// <summary>Each tool step's own double coding, as its analysis reports it (the focus group's blind second coding).</summary>
    private async Task<IReadOnlyList<ToolCoderAgreement>> ToolAgreementsAsync(Guid instanceId, IEnumerable<string> stepIds, CancellationToken cancellationToken)
    {
        var agreements = new List<ToolCoderAgreement>();
        foreach (var stepId in stepIds)
        {
            if (await AnalysisAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is { CoderAgreement: { } agreement } analysis)
            {
                agreements.Add(new ToolCoderAgreement(stepId, analysis.Tool, agreement));
            }
        }

        return agreements;
    }
}

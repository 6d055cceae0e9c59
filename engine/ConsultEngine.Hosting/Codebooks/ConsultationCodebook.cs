using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Persistence.Codebooks;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Runtime;

namespace ConsultEngine.Hosting.Codebooks;

/// <summary>The codebook of a consultation (see <see cref="IConsultationCodebook"/>): opinions read as the registers read them, the rest kept by the store.</summary>
internal sealed partial class ConsultationCodebook(OpinionReader reader, ICodebookStore store, ProcessEngine engine, IToolSteps tools) : IConsultationCodebook
{
    /// <summary>The id of the multiple-choice question through which a tool's analysis lists its own codebook.</summary>
    public const string ToolThemesQuestion = "themes";

    public async Task<IReadOnlyList<CodebookTheme>> CodebookAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.ThemesAsync(instanceId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CodebookTheme> AddThemeAsync(Guid instanceId, CodebookTheme theme, string actor, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.AddThemeAsync(instanceId, theme with { ImportedFrom = null }, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CodebookTheme> UpdateThemeAsync(Guid instanceId, CodebookTheme theme, string actor, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.UpdateThemeAsync(instanceId, theme, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteThemeAsync(Guid instanceId, string themeId, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);

        // A tool's coding counts as primary coding too: a theme an opinion carries from its tool is in use.
        var opinions = await ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (opinions.Opinions.Any(o => o.Themes.Contains(themeId, StringComparer.Ordinal)))
        {
            throw new CodebookException(CodebookCodes.ThemeInUse, $"An opinion is coded to '{themeId}' in its tool step.", instanceId, themeId);
        }

        await store.DeleteThemeAsync(instanceId, themeId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CodebookTheme>> ImportToolThemesAsync(Guid instanceId, string actor, CancellationToken cancellationToken = default)
    {
        var opinions = await ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, CodebookTheme>(StringComparer.Ordinal);
        foreach (var stepId in opinions.ToolTitles.Keys)
        {
            if (await AnalysisAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is not { } analysis)
            {
                continue;
            }

            var listed = analysis.Questions.FirstOrDefault(q => q.Id == ToolThemesQuestion && q.Shape == QuestionShape.MultipleChoice);
            foreach (var option in listed?.Options ?? [])
            {
                found.TryAdd(option.Value, new CodebookTheme(option.Value, option.Label ?? new LocalText(option.Value, option.Value)) { ImportedFrom = stepId });
            }
        }

        foreach (var opinion in opinions.Opinions)
        {
            foreach (var theme in opinion.Themes)
            {
                found.TryAdd(theme, new CodebookTheme(theme, new LocalText(theme, theme)) { ImportedFrom = opinion.StepId });
            }
        }

        return await store.ImportThemesAsync(instanceId, [.. found.Values.OrderBy(t => t.Id, StringComparer.Ordinal)], actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CodableOpinion>> OpinionsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var opinions = await ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var primary = await PrimaryAsync(instanceId, opinions, cancellationToken).ConfigureAwait(false);
        return [.. opinions.Opinions.Select(o => new CodableOpinion(o.Id, o.StepId, o.Tool, o.Text, o.SourceLabel, o.Themes, primary.GetValueOrDefault(o.Id)))];
    }

    public async Task<Coding> CodeAsync(Guid instanceId, string opinionId, IReadOnlyList<string> themeIds, string coder, CancellationToken cancellationToken = default)
    {
        await RequireOpinionAsync(instanceId, opinionId, cancellationToken).ConfigureAwait(false);
        return await store.CodeAsync(instanceId, opinionId, themeIds ?? [], CodingRole.Primary, coder, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The primary coding in force of each opinion: the latest recorded in the codebook, else the themes its
    /// tool gave it that the codebook has (an opinion its tool coded to no codebook theme is not coded).
    /// </summary>
    private async Task<Dictionary<string, Coding>> PrimaryAsync(Guid instanceId, ConsultationOpinions opinions, CancellationToken cancellationToken)
    {
        var recorded = (await store.CodingsAsync(instanceId, CodingRole.Primary, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.OpinionId, StringComparer.Ordinal);
        var themes = (await store.ThemesAsync(instanceId, cancellationToken).ConfigureAwait(false)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, Coding>(StringComparer.Ordinal);
        foreach (var opinion in opinions.Opinions)
        {
            if (recorded.TryGetValue(opinion.Id, out var coding))
            {
                result[opinion.Id] = coding;
            }
            else if (opinion.Themes.Where(themes.Contains).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } fromTool)
            {
                result[opinion.Id] = new Coding(opinion.Id, fromTool, CodingRole.Primary, "step:" + opinion.StepId, opinion.SubmittedAt);
            }
        }

        return result;
    }

    private async Task<ToolAnalysis?> AnalysisAsync(Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        try
        {
            return await tools.AnalyseAsync(instanceId, stepId, AnalysisOptions.Default, cancellationToken).ConfigureAwait(false);
        }
        catch (ToolException)
        {
            // A step never opened, or whose tool is not loaded: it has no codebook to bring.
            return null;
        }
    }

    /// <summary>The consultation's opinions; an unknown consultation is the codebook's CE8757.</summary>
    private async Task<ConsultationOpinions> ReadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        }
        catch (RegisterException e) when (e.Code == RegisterCodes.ConsultationNotFound)
        {
            throw NoConsultation(instanceId);
        }
    }

    private async Task<ConsultationOpinions> RequireOpinionAsync(Guid instanceId, string opinionId, CancellationToken cancellationToken)
    {
        var opinions = await ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return opinions.Opinions.Any(o => string.Equals(o.Id, opinionId, StringComparison.Ordinal))
            ? opinions
            : throw new CodebookException(CodebookCodes.OpinionNotFound, $"'{opinionId}' is not an opinion of the consultation.", instanceId, opinionId);
    }

    private async Task RequireInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (await engine.Store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw NoConsultation(instanceId);
        }
    }

    private static CodebookException NoConsultation(Guid instanceId) =>
        new(CodebookCodes.ConsultationNotFound, $"There is no consultation {instanceId}.", instanceId);
}

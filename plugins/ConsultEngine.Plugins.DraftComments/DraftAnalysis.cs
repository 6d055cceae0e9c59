using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>
/// The analysis of a draft's comments: the article commented on as one single-choice "question" (each
/// article's share of the comments with its interval), the stance over the whole draft, the proposed
/// wording as free text, and the stances on each article commented on (<c>stance-&lt;article&gt;</c>).
/// Every passage — a comment or a proposed wording — carries its article (or <c>draft</c>) as its subject.
/// </summary>
internal static class DraftAnalysis
{
    public const string StancePrefix = "stance-";

    public static ToolAnalysis Analyse(DraftConfig config, string stepId, IReadOnlyList<ConsultationInput> inputs, AnalysisOptions options)
    {
        var article = new QuestionSpec(DraftComment.ArticleAnswer, QuestionShape.SingleChoice)
        {
            Title = config.Draft ?? DraftCommentsManifest.Manifest.Title,
            Options = [.. config.Articles.Select(a => new ChoiceOption(a.Id, a.Title))],
        };
        var stance = Stances.Question(new LocalText("Ý kiến đối với dự thảo", "Stances on the draft"));
        var analysis = InputAnalyzer.Analyse(DraftCommentsManifest.Id, stepId, inputs, [article, stance, Stances.WordingQuestion], options);

        // The analyser gives a free-text answer its question as subject; here every passage is about the article its comment is on.
        var subjects = inputs.ToDictionary(i => i.Id, i => i.Subject);
        Passage OnItsArticle(Passage p) => p with { Subject = subjects.GetValueOrDefault(p.InputId) ?? p.Subject };

        var perArticle = analysis.Questions[0] with { Options = [.. analysis.Questions[0].Options.Select(o => o.Value == DraftConfig.WholeDraft ? o with { Label = DraftConfig.WholeDraftTitle } : o)] };
        var articles = perArticle.Options.Where(o => o.Value != DraftConfig.WholeDraft).ToList();
        return analysis with
        {
            Questions = [perArticle, .. analysis.Questions.Skip(1), .. StancesPerArticle(config, stepId, inputs, options)],
            Themes = [.. analysis.Themes.Select(t => t with { Passages = [.. t.Passages.Select(OnItsArticle)] })],
            Uncoded = [.. analysis.Uncoded.Select(OnItsArticle)],
            Figures =
            [
                new AnalysisFigure("comments", new LocalText("Số góp ý", "Comments"), analysis.Basis.Counted),
                new AnalysisFigure("articles-commented", new LocalText("Số điều được góp ý", "Articles commented on"), articles.Count(o => o.Count > 0)),
                new AnalysisFigure("articles-without-comment", new LocalText("Số điều chưa có góp ý", "Articles without a comment"), config.Articles.Count(a => articles.All(o => o.Value != a.Id || o.Count == 0))),
                new AnalysisFigure("whole-draft-comments", new LocalText("Số góp ý chung cho toàn bộ dự thảo", "Comments on the whole draft"), perArticle.Options.FirstOrDefault(o => o.Value == DraftConfig.WholeDraft)?.Count ?? 0),
            ],
        };
    }

    /// <summary>The stances on each article (then the whole draft) that has at least one counted comment with a stance, with shares and intervals.</summary>
    private static IEnumerable<QuestionResult> StancesPerArticle(DraftConfig config, string stepId, IReadOnlyList<ConsultationInput> inputs, AnalysisOptions options)
    {
        var bySubject = inputs.Where(i => i.Subject is not null).GroupBy(i => i.Subject!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var noCrossTabs = options with { CrossTabBy = [] };
        foreach (var subject in config.Articles.Select(a => a.Id).Append(DraftConfig.WholeDraft))
        {
            if (!bySubject.TryGetValue(subject, out var comments))
            {
                continue;
            }

            var title = config.Subject(subject)!.Title;
            var question = Stances.Question(new LocalText($"Ý kiến về {title.Vi}", $"Stances on {title.En}"));
            var result = InputAnalyzer.Analyse(DraftCommentsManifest.Id, stepId, comments, [question], noCrossTabs).Questions[0];
            if (result.Answered > 0)
            {
                yield return result with { Id = StancePrefix + subject };
            }
        }
    }
}

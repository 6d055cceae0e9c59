using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>
/// The analysis of a step's focus groups, built on the shared <see cref="InputAnalyzer"/> so it sits
/// beside the other tools' results:
/// <list type="bullet">
/// <item><c>themes</c> and <c>uncoded</c>: the counted passages grouped by coded theme, and those not coded yet.</item>
/// <item>Three counts over <b>passages</b> (not people), as questions of the shared model over a synthetic
/// answer each passage is given for the analysis only: <c>guideQuestion</c> (passages per guide question, in
/// guide order), <c>group</c> (passages per group) and <c>themes</c> (a multiple choice: the coded passages
/// carrying each codebook theme; uncoded passages did not "answer" it).</item>
/// <item>Cross-tabs of <c>themes</c> by each respondent attribute of <see cref="AnalysisOptions.CrossTabBy"/>:
/// per attribute value, how many of the coded passages of speakers with that value carry each theme.</item>
/// <item><c>coderAgreement</c>: the counted passages that have both a coding (by <c>code-passage</c> or
/// <c>uncode</c>) and a blind second coding (<c>second-code-passage</c>), their themes compared passage by
/// passage — kappa per theme, the pooled kappa, and the disagreements for the Working Group to settle; with
/// the figures <c>second-coded</c> and, when it is defined, <c>coder-kappa</c>.</item>
/// </list>
/// The 95% intervals of these shares treat passages as independent draws, which passages of one
/// discussion are not: read them as a descriptive spread, not as inference about a population.
/// <see cref="AnalysisBasis.People"/> is the number of distinct participants quoted in the counted
/// passages (notes of the group as a whole quote nobody).
/// </summary>
internal static class FocusGroupAnalysis
{
    public static async ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var store = new FocusGroupStore(context);
        var groups = await store.GroupsAsync(cancellationToken).ConfigureAwait(false);
        var (guide, _) = await store.GuideAsync(cancellationToken).ConfigureAwait(false);
        var codebook = await store.ThemesAsync(cancellationToken).ConfigureAwait(false);
        var inputs = await context.Inputs.ReadAsync(InputQuery.All, cancellationToken).ConfigureAwait(false);
        var synthetic = inputs.Select(Synthetic).ToList();

        var themesQuestion = new QuestionSpec("themes", QuestionShape.MultipleChoice)
        {
            Title = new LocalText("Chủ đề của các đoạn trích đã mã hoá", "Themes of the coded passages"),
            Options = [.. codebook.Select(t => new ChoiceOption(t.Id, t.Label.ToLocal()))],
        };
        QuestionSpec[] questions =
        [
            new("guideQuestion", QuestionShape.SingleChoice)
            {
                Title = new LocalText("Số đoạn trích theo câu hỏi hướng dẫn", "Passages per guide question"),
                Options = [.. guide.Questions.Select(q => new ChoiceOption(q.Id, q.Text.ToLocal()))],
            },
            new("group", QuestionShape.SingleChoice)
            {
                Title = new LocalText("Số đoạn trích theo nhóm", "Passages per group"),
                // Pilot groups are listed only when their passages count.
                Options = [.. groups.Where(g => options.IncludePilot || !g.Pilot).Select(g => new ChoiceOption(g.Id, g.Label))],
            },
            themesQuestion,
        ];

        var analysis = InputAnalyzer.Analyse(FocusGroupTool.ToolId, context.StepId, synthetic, questions, options with { CrossTabBy = [] });
        var crossTabs = InputAnalyzer.Analyse(FocusGroupTool.ToolId, context.StepId, synthetic, [themesQuestion], options).CrossTabs;

        var counted = inputs.Where(options.Query.Matches).ToList();
        var passages = counted.Select(i => (Input: i, Of: Passages.Of(i))).Where(p => p.Of.Group is not null).ToList();
        var quoted = passages.Where(p => p.Of.Participant is not null)
            .Select(p => (p.Of.Group, Participant: p.Of.Participant!.ToUpperInvariant()))
            .Distinct()
            .Count();
        var agreement = await AgreementAsync(store, counted, cancellationToken).ConfigureAwait(false);
        var figures = Figures(context, options, groups, guide, counted, passages.Select(p => p.Of.Group!).ToList(), passages.Select(p => (p.Of.Group!, p.Input.Subject)).ToList(), quoted);
        if (agreement is not null)
        {
            figures.Add(new("second-coded", new LocalText("Số đoạn trích được mã hoá độc lập lần hai", "Passages coded blind a second time"), agreement.Passages));
            if (agreement.Overall.Kappa is { } kappa)
            {
                figures.Add(new("coder-kappa", new LocalText("Hệ số kappa chung giữa hai người mã hoá", "Pooled kappa between the two coders"), kappa));
            }
        }

        return analysis with
        {
            Basis = analysis.Basis with { People = quoted },
            CrossTabs = crossTabs,
            Figures = figures,
            CoderAgreement = agreement,
        };
    }

    /// <summary>The first coding (the passage's themes, for a passage that was coded) against the blind second coding; null without a second coding.</summary>
    private static async ValueTask<CoderAgreementResult?> AgreementAsync(FocusGroupStore store, List<ConsultationInput> counted, CancellationToken cancellationToken)
    {
        var second = await store.SecondCodingsAsync(cancellationToken).ConfigureAwait(false);
        if (second.Count == 0)
        {
            return null;
        }

        var coded = await store.CodingsAsync(cancellationToken).ConfigureAwait(false);
        var ids = counted.Select(i => i.Id.ToString("D")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var firstThemes = counted
            .Where(i => coded.ContainsKey(i.Id.ToString("D")))
            .ToDictionary(i => i.Id.ToString("D"), i => i.Themes, StringComparer.Ordinal);
        var secondThemes = second
            .Where(s => ids.Contains(s.Key))
            .ToDictionary(s => s.Key, s => s.Value.Themes, StringComparer.Ordinal);
        return CoderAgreement.Compare(firstThemes, secondThemes);
    }

    private static List<AnalysisFigure> Figures(ToolContext context, AnalysisOptions options, IReadOnlyList<Group> groups, Guide guide, List<ConsultationInput> counted, List<string> passageGroups, List<(string Group, string? Question)> discussed, int quoted)
    {
        var config = FocusGroupConfig.From(context);
        var countedGroups = groups.Where(g => options.IncludePilot || !g.Pilot).ToList();
        var held = passageGroups.Distinct(StringComparer.Ordinal).Count();
        var coded = counted.Count(i => i.Themes.Count > 0);
        var pairs = discussed.Where(d => guide.Questions.Any(q => q.Id == d.Question)).Distinct().Count();
        // A share of nothing is undefined (shown as "—"), not 0: no passage yet, or no group held or no guide question.
        double? codedShare = counted.Count == 0 ? null : InputAnalyzer.Round((double)coded / counted.Count);
        double? coverage = held == 0 || guide.Questions.Count == 0 ? null : InputAnalyzer.Round((double)pairs / (held * guide.Questions.Count));
        var figures = new List<AnalysisFigure>();
        if (config.Groups is { } planned)
        {
            figures.Add(new("groups-planned", new LocalText("Số nhóm dự kiến", "Groups planned"), planned));
        }

        figures.AddRange(
        [
            new("groups-defined", new LocalText("Số nhóm đã lập", "Groups defined"), countedGroups.Count),
            new("groups-held", new LocalText("Số nhóm đã thảo luận (có biên bản)", "Groups held (with passages)"), held),
            new("participants", new LocalText("Người tham gia theo danh sách các nhóm", "Participants on the groups' rosters"), countedGroups.Sum(g => g.Participants.Count)),
            new("participants-quoted", new LocalText("Người tham gia có ý kiến được ghi", "Participants quoted"), quoted),
            new("passages", new LocalText("Số đoạn trích", "Passages"), counted.Count),
            new("passages-coded", new LocalText("Số đoạn trích đã mã hoá", "Passages coded"), coded),
            new("coded-share", new LocalText("Tỷ lệ đoạn trích đã mã hoá", "Share of passages coded"), codedShare),
            new("guide-questions", new LocalText("Số câu hỏi hướng dẫn", "Guide questions"), guide.Questions.Count),
            new("guide-coverage", new LocalText("Tỷ lệ câu hỏi đã thảo luận ở các nhóm đã họp", "Share of guide questions discussed by the groups held"),
                coverage),
        ]);
        return figures;
    }

    /// <summary>The passage with the answers the analysis counts: its group, its guide question and its themes.</summary>
    private static ConsultationInput Synthetic(ConsultationInput input)
    {
        var (group, participant) = Passages.Of(input);
        return input with
        {
            Answers = FocusGroupJson.Write(new { group, participant, guideQuestion = input.Subject, themes = input.Themes }),
        };
    }
}

using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;
using ConsultEngine.Plugins.Survey.Steps;

namespace ConsultEngine.Plugins.Survey.Analysis;

/// <summary>
/// The survey's analysis: the shared <see cref="InputAnalyzer"/> over its questions (single choice and
/// Likert as single choice with options in scale order, multiple choice, number, ranking, text), plus
/// figures of its own: complete responses, pilot inputs held back, progress against the sample size,
/// inputs per channel, and the fill of each quota group; all from the step's tally (<see cref="InputTally"/>),
/// so that an analysis does not re-read every response.
/// </summary>
internal static class SurveyAnalysis
{
    /// <summary>The questions of the questionnaire as analysis counts them (those of no counted shape left out).</summary>
    public static IReadOnlyList<QuestionSpec> Specs(Questionnaire questionnaire) => [.. questionnaire.Questions.Select(Spec).OfType<QuestionSpec>()];

    /// <summary>
    /// The analysis from the step's tally; <paramref name="counted"/> are the inputs the options count, read
    /// only when the tally says they give passages (free text), otherwise empty.
    /// </summary>
    public static ToolAnalysis Analyse(string stepId, InputTally tally, IReadOnlyList<ConsultationInput> counted, Questionnaire questionnaire, SurveyConfig config, AnalysisOptions options)
    {
        var specs = Specs(questionnaire);
        var analysis = InputAnalyzer.Analyse(SurveyTool.Id, stepId, tally, specs, options, counted);
        var countedCount = analysis.Basis.Counted;
        var figures = new List<AnalysisFigure>();

        // Complete: every question asked of everyone (answerable, no skip logic on it or its group) is answered,
        // required or not; the item completion rate is the mean share of those questions answered.
        var unconditional = questionnaire.Answerable.Where(q => q.Relevant is null && q.Group is null).Select(q => q.Id).ToList();
        var (complete, answeredSum) = tally.Completeness(unconditional, options);
        figures.Add(new AnalysisFigure("completeResponses", new LocalText("Phiếu trả lời đầy đủ", "Complete responses"), complete));
        // Rates of no responses (or of no question asked of everyone) are undefined: null, not 0 or 1.
        double? completionRate = countedCount == 0 ? null : InputAnalyzer.Round((double)complete / countedCount);
        figures.Add(new AnalysisFigure("completionRate", new LocalText("Tỷ lệ phiếu trả lời đầy đủ", "Completion rate"), completionRate));
        double? answeredShare = unconditional.Count == 0 || countedCount == 0 ? null : InputAnalyzer.Round((double)answeredSum / unconditional.Count / countedCount);
        figures.Add(new AnalysisFigure("itemCompletionRate", new LocalText("Tỷ lệ câu hỏi chung được trả lời (bình quân)", "Share of the questions asked of everyone that were answered (mean)"), answeredShare));
        figures.Add(new AnalysisFigure("pilotHeldBack", new LocalText("Phiếu thử nghiệm không tính", "Pilot inputs held back"), analysis.Basis.ExcludedPilot));
        if (config.SampleSize is { } sample)
        {
            figures.Add(new AnalysisFigure("sampleSize", new LocalText("Cỡ mẫu", "Sample size"), sample));
            figures.Add(new AnalysisFigure("sampleProgress", new LocalText("Tiến độ so với cỡ mẫu", "Progress against the sample size"), InputAnalyzer.Round((double)countedCount / sample)));
        }

        foreach (var channel in Enum.GetValues<InputChannel>())
        {
            var name = SurveyConfig.ChannelName(channel);
            figures.Add(new AnalysisFigure($"channel.{name}", new LocalText($"Phiếu qua kênh {ChannelVi(channel)}", $"Inputs by {name}"), tally.CountedBy(channel, options)));
        }

        foreach (var (attribute, limits) in config.Quotas.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            foreach (var (value, max) in limits.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                var filled = tally.CountedWith(attribute, value, options);
                figures.Add(new AnalysisFigure(
                    $"quota.{attribute}.{value}",
                    new LocalText($"Hạn ngạch {attribute} = {value}: {filled}/{max}", $"Quota {attribute} = {value}: {filled}/{max}"),
                    max == 0 ? 1 : InputAnalyzer.Round((double)filled / max)));
            }
        }

        return analysis with { Figures = [.. analysis.Figures, .. figures] };
    }

    private static string ChannelVi(InputChannel channel) => channel switch
    {
        InputChannel.Web => "trực tuyến",
        InputChannel.Enumerator => "điều tra viên",
        InputChannel.Paper => "phiếu giấy",
        _ => "nhập từ tệp",
    };

    private static QuestionSpec? Spec(Question question)
    {
        QuestionShape? shape = question.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.Likert => QuestionShape.SingleChoice,
            QuestionKind.MultipleChoice => QuestionShape.MultipleChoice,
            QuestionKind.Number => QuestionShape.Numeric,
            QuestionKind.Ranking => QuestionShape.Ranking,
            QuestionKind.Text or QuestionKind.LongText => QuestionShape.Text,
            _ => null,
        };
        return shape is not { } known ? null : new QuestionSpec(question.Id, known)
        {
            Title = SurveyJson.Local(question.Label),
            Options = question.Options.Select(o => new ChoiceOption(o.Value, SurveyJson.Local(o.Label) ?? new LocalText(o.Value, o.Value))).ToList(),
        };
    }
}

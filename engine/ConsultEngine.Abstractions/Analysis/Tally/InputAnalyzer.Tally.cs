using System.Globalization;
using System.Text.Json;

namespace ConsultEngine.Abstractions;

public static partial class InputAnalyzer
{
    /// <summary>
    /// The analysis of a step from its <see cref="InputTally"/> instead of its inputs: the same result as
    /// <see cref="Analyse(string, string, IReadOnlyList{ConsultationInput}, IReadOnlyList{QuestionSpec}, AnalysisOptions?)"/>
    /// (means and intervals of numeric questions are summed by distinct value, which can differ from the
    /// input-by-input sum beyond the reported 4 decimals only). <paramref name="counted"/> are the inputs
    /// the options count, read only when <see cref="InputTally.MayHavePassages"/> says they give passages
    /// (otherwise none); people are the counted inputs, since a step's inputs that are not withdrawn hold
    /// distinct unique keys.
    /// </summary>
    public static ToolAnalysis Analyse(string tool, string stepId, InputTally tally, IReadOnlyList<QuestionSpec> questions, AnalysisOptions? options = null, IReadOnlyList<ConsultationInput>? counted = null)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(questions);
        options ??= AnalysisOptions.Default;
        var view = tally.View;
        var results = questions.Select(q => q.Shape == QuestionShape.Text
            ? new QuestionResult { Id = q.Id, Title = q.Title, Shape = q.Shape, Answered = (int)view.AnsweredSets(options).Where(s => s.Questions.Contains(q.Id)).Sum(s => s.Count) }
            : Weighted(q, view.Answers(options, q.Id))).ToList();

        var crossTabs = new List<CrossTab>();
        var attributes = view.Attributes(options).ToList();
        foreach (var question in questions.Where(q => q.Shape is QuestionShape.SingleChoice or QuestionShape.MultipleChoice))
        {
            foreach (var attribute in options.CrossTabBy)
            {
                var values = attributes.Where(a => a.Attribute == attribute).Select(a => a.Value).Order(StringComparer.Ordinal).ToList();
                if (values.Count == 0)
                {
                    continue;
                }

                var cross = view.Cross(options, question.Id, attribute);
                var rows = values
                    .Select(value =>
                    {
                        var row = Weighted(question, cross.GetValueOrDefault(value) ?? []);
                        return new CrossTabRow(value, row.Answered, row.Options);
                    })
                    .ToList();
                crossTabs.Add(new CrossTab(question.Id, attribute, rows) { ChiSquare = question.Shape == QuestionShape.SingleChoice ? Test(rows) : null });
            }
        }

        var passages = Passages([.. counted ?? []], questions);
        var themes = Themes(passages);

        return new ToolAnalysis
        {
            Tool = tool,
            StepId = stepId,
            Basis = Basis(view, options),
            Questions = results,
            CrossTabs = crossTabs,
            Themes = themes,
            Uncoded = passages.Where(p => p.Themes.Count == 0).Select(p => p.Passage).ToList(),
        };
    }

    private static AnalysisBasis Basis(TallyView view, AnalysisOptions options)
    {
        const int withdrawn = (int)InputMarks.Withdrawn, pilot = (int)InputMarks.Pilot, duplicate = (int)InputMarks.Duplicate;
        var rows = view.Rows();
        var exclude = (int)options.Query.ExcludeFlags;
        var counted = (int)rows.Where(r => (r.Flags & exclude) == 0).Sum(r => r.Count);
        return new AnalysisBasis
        {
            Stored = (int)rows.Sum(r => r.Count),
            Counted = counted,
            ExcludedWithdrawn = (int)rows.Where(r => (r.Flags & withdrawn) != 0).Sum(r => r.Count),
            ExcludedPilot = options.IncludePilot ? 0 : (int)rows.Where(r => (r.Flags & (pilot | withdrawn)) == pilot).Sum(r => r.Count),
            ExcludedDuplicate = options.IncludeDuplicates ? 0 : (int)rows.Where(r => (r.Flags & (duplicate | withdrawn)) == duplicate && (options.IncludePilot || (r.Flags & pilot) == 0)).Sum(r => r.Count),
            People = counted,
        };
    }

    /// <summary>A question's result from its distinct answers and how many gave each.</summary>
    private static QuestionResult Weighted(QuestionSpec question, List<(string Answer, long Count)> given)
    {
        var answers = given.Select(a => (Value: Element(a.Answer), a.Count)).ToList();
        var answered = (int)answers.Sum(a => a.Count);
        switch (question.Shape)
        {
            case QuestionShape.SingleChoice:
            case QuestionShape.MultipleChoice:
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (value, count) in answers)
                {
                    IEnumerable<string> chosen = question.Shape == QuestionShape.SingleChoice ? [Scalar(value)] : Values(value).Distinct(StringComparer.Ordinal);
                    foreach (var option in chosen)
                    {
                        counts[option] = counts.GetValueOrDefault(option) + (int)count;
                    }
                }

                return new QuestionResult { Id = question.Id, Title = question.Title, Shape = question.Shape, Answered = answered, Options = Shares(question, counts, answered, null) };
            case QuestionShape.Ranking:
                return WeightedRanking(question, answers, answered);
            case QuestionShape.Numeric:
                return WeightedNumeric(question, answers);
            default:
                return new QuestionResult { Id = question.Id, Title = question.Title, Shape = question.Shape, Answered = answered };
        }
    }

    private static QuestionResult WeightedRanking(QuestionSpec question, List<(JsonElement Value, long Count)> answers, int answered)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var ranks = new Dictionary<string, (long Sum, long Count)>(StringComparer.Ordinal);
        foreach (var (answer, count) in answers)
        {
            var order = Values(answer);
            for (var i = 0; i < order.Count; i++)
            {
                var (sum, n) = ranks.GetValueOrDefault(order[i]);
                ranks[order[i]] = (sum + ((i + 1) * count), n + count);
            }

            if (order.Count > 0)
            {
                first[order[0]] = first.GetValueOrDefault(order[0]) + (int)count;
            }
        }

        foreach (var value in ranks.Keys)
        {
            first.TryAdd(value, 0);
        }

        var means = ranks.ToDictionary(r => r.Key, r => (double)r.Value.Sum / r.Value.Count, StringComparer.Ordinal);
        return new QuestionResult { Id = question.Id, Title = question.Title, Shape = question.Shape, Answered = answered, Options = Shares(question, first, answered, means) };
    }

    private static QuestionResult WeightedNumeric(QuestionSpec question, List<(JsonElement Value, long Count)> answers)
    {
        var values = answers
            .Select(a => (Value: a.Value.ValueKind == JsonValueKind.Number ? a.Value.GetDouble()
                : double.TryParse(a.Value.ValueKind == JsonValueKind.String ? a.Value.GetString() : null, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN, a.Count))
            .Where(v => double.IsFinite(v.Value))
            .GroupBy(v => v.Value)
            .Select(g => (Value: g.Key, Count: g.Sum(v => v.Count)))
            .OrderBy(v => v.Value)
            .ToList();
        var n = values.Sum(v => v.Count);
        NumericSummary? summary = null;
        if (n > 0)
        {
            var mean = values.Sum(v => v.Value * v.Count) / n;
            var sd = n > 1 ? Math.Sqrt(values.Sum(v => (v.Value - mean) * (v.Value - mean) * v.Count) / (n - 1)) : 0;
            var half = n > 1 ? StudentT.Critical95((int)(n - 1)) * sd / Math.Sqrt(n) : 0;
            var median = n % 2 == 1 ? At(values, n / 2) : (At(values, (n / 2) - 1) + At(values, n / 2)) / 2;
            summary = new NumericSummary((int)n, Round(mean), new Interval(Round(mean - half), Round(mean + half)), values[0].Value, Round(median), values[^1].Value);
        }

        return new QuestionResult { Id = question.Id, Title = question.Title, Shape = question.Shape, Answered = (int)n, Numeric = summary };
    }

    /// <summary>The value at a position of the sorted values, each repeated as often as given.</summary>
    private static double At(List<(double Value, long Count)> values, long index)
    {
        foreach (var (value, count) in values)
        {
            if (index < count)
            {
                return value;
            }

            index -= count;
        }

        return values[^1].Value;
    }

    /// <summary>An answer as a tally keeps it (<c>s</c> and a string, or <c>j</c> and JSON) back as JSON.</summary>
    private static JsonElement Element(string answer) => answer.StartsWith('s')
        ? JsonElement.Parse("\"" + JsonEncodedText.Encode(answer.AsSpan(1)).Value + "\"")
        : JsonElement.Parse(answer[1..]);
}

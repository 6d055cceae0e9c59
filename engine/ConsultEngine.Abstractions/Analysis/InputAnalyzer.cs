using System.Globalization;
using System.Text.Json;

namespace ConsultEngine.Abstractions;

/// <summary>
/// The analysis every tool shares: which inputs count, counts and shares per question with 95%
/// confidence intervals (Wilson for shares, Student's t for means), cross-tabulation by respondent
/// attribute with a χ² test of independence, free text grouped by coded theme.
/// Results are deterministic (fixed order, shares rounded to 4 decimals) so that they can be
/// snapshot-tested. A tool adds its own figures to the result.
/// </summary>
public static partial class InputAnalyzer
{
    /// <summary>The normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// Analyses <paramref name="inputs"/> (every input of the step, whatever its flags) for the
    /// questions in <paramref name="questions"/>. Text of the inputs themselves and answers to
    /// <see cref="QuestionShape.Text"/> questions become passages.
    /// </summary>
    public static ToolAnalysis Analyse(string tool, string stepId, IReadOnlyList<ConsultationInput> inputs, IReadOnlyList<QuestionSpec> questions, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(questions);
        options ??= AnalysisOptions.Default;
        var query = options.Query;
        var counted = inputs.Where(query.Matches).ToList();
        var results = questions.Select(q => Question(q, counted)).ToList();
        var crossTabs = new List<CrossTab>();
        foreach (var question in questions.Where(q => q.Shape is QuestionShape.SingleChoice or QuestionShape.MultipleChoice))
        {
            foreach (var attribute in options.CrossTabBy)
            {
                var groups = counted
                    .Select(i => (Value: i.Respondent.Get(attribute), Input: i))
                    .Where(g => g.Value is not null)
                    .GroupBy(g => g.Value!, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToList();
                if (groups.Count == 0)
                {
                    continue;
                }

                var rows = groups
                    .Select(g =>
                    {
                        var row = Question(question, g.Select(x => x.Input).ToList());
                        return new CrossTabRow(g.Key, row.Answered, row.Options);
                    })
                    .ToList();
                crossTabs.Add(new CrossTab(question.Id, attribute, rows) { ChiSquare = question.Shape == QuestionShape.SingleChoice ? Test(rows) : null });
            }
        }

        var passages = Passages(counted, questions);
        var themes = Themes(passages);

        return new ToolAnalysis
        {
            Tool = tool,
            StepId = stepId,
            Basis = Basis(inputs, counted, options),
            Questions = results,
            CrossTabs = crossTabs,
            Themes = themes,
            Uncoded = passages.Where(p => p.Themes.Count == 0).Select(p => p.Passage).ToList(),
        };
    }

    /// <summary>
    /// The Wilson score interval of a proportion <paramref name="count"/>/<paramref name="total"/> at 95%; (0, 1) when nothing was counted.
    /// The bounds are rounded outwards to 4 decimals (low down, high up), so the reported interval always
    /// contains the observed share: rounded to nearest, 3 in a million gave [0, 0].
    /// </summary>
    public static Interval Wilson(int count, int total)
    {
        if (total <= 0)
        {
            return new Interval(0, 1);
        }

        const double z2 = Z95 * Z95;
        double n = total;
        var p = count / n;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = Z95 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return new Interval(Outward(Math.Max(0, centre - half), Math.Floor), Outward(Math.Min(1, centre + half), Math.Ceiling));
    }

    /// <summary>Rounds to 4 decimals in one direction; the value is first cleared of floating-point noise (2899.9999999999995 is 2900).</summary>
    private static double Outward(double value, Func<double, double> direction) => direction(Math.Round(value * 10_000, 6)) / 10_000;

    /// <summary>Rounds a statistic to 4 decimals, the precision results are reported with. Shares are not rounded here: they are rounded once, where shown.</summary>
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>The answer to <paramref name="questionId"/> in <paramref name="input"/>, if given (not null, not an empty string or array).</summary>
    public static JsonElement? Answer(ConsultationInput input, string questionId)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Answers is not { ValueKind: JsonValueKind.Object } answers || !answers.TryGetProperty(questionId, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String when value.GetString()!.Length == 0 => null,
            JsonValueKind.Array when value.GetArrayLength() == 0 => null,
            _ => value,
        };
    }

    private static AnalysisBasis Basis(IReadOnlyList<ConsultationInput> all, List<ConsultationInput> counted, AnalysisOptions options) => new()
    {
        Stored = all.Count,
        Counted = counted.Count,
        ExcludedWithdrawn = all.Count(i => i.Is(InputMarks.Withdrawn)),
        ExcludedPilot = options.IncludePilot ? 0 : all.Count(i => i.Is(InputMarks.Pilot) && !i.Is(InputMarks.Withdrawn)),
        ExcludedDuplicate = options.IncludeDuplicates ? 0 : all.Count(i => i.Is(InputMarks.Duplicate) && !i.Is(InputMarks.Withdrawn) && (options.IncludePilot || !i.Is(InputMarks.Pilot))),
        People = counted.Where(i => i.UniqueKey is not null).Select(i => i.UniqueKey).Distinct(StringComparer.Ordinal).Count()
            + counted.Count(i => i.UniqueKey is null),
    };

    private static QuestionResult Question(QuestionSpec question, List<ConsultationInput> inputs)
    {
        var answers = inputs.Select(i => Answer(i, question.Id)).Where(a => a is not null).Select(a => a!.Value).ToList();
        return question.Shape switch
        {
            QuestionShape.SingleChoice => Choice(question, answers, answers.Select(a => (IReadOnlyList<string>)[Scalar(a)]).ToList()),
            QuestionShape.MultipleChoice => Choice(question, answers, answers.Select(a => (IReadOnlyList<string>)Values(a)).ToList()),
            QuestionShape.Ranking => Ranking(question, answers),
            QuestionShape.Numeric => Numeric(question, answers),
            _ => new QuestionResult { Id = question.Id, Title = question.Title, Shape = question.Shape, Answered = answers.Count },
        };
    }

    private static QuestionResult Choice(QuestionSpec question, List<JsonElement> answers, List<IReadOnlyList<string>> chosen)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var values in chosen)
        {
            foreach (var value in values.Distinct(StringComparer.Ordinal))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return new QuestionResult
        {
            Id = question.Id,
            Title = question.Title,
            Shape = question.Shape,
            Answered = answers.Count,
            Options = Shares(question, counts, answers.Count, null),
        };
    }

    private static QuestionResult Ranking(QuestionSpec question, List<JsonElement> answers)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var ranks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var order = Values(answer);
            for (var i = 0; i < order.Count; i++)
            {
                if (!ranks.TryGetValue(order[i], out var list))
                {
                    ranks[order[i]] = list = [];
                }

                list.Add(i + 1);
            }

            if (order.Count > 0)
            {
                first[order[0]] = first.GetValueOrDefault(order[0]) + 1;
            }
        }

        foreach (var value in ranks.Keys)
        {
            first.TryAdd(value, 0);
        }

        return new QuestionResult
        {
            Id = question.Id,
            Title = question.Title,
            Shape = question.Shape,
            Answered = answers.Count,
            Options = Shares(question, first, answers.Count, ranks.ToDictionary(r => r.Key, r => r.Value.Average(), StringComparer.Ordinal)),
        };
    }

    private static List<OptionShare> Shares(QuestionSpec question, Dictionary<string, int> counts, int answered, Dictionary<string, double>? meanRanks)
    {
        var listed = question.Options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        var order = question.Options.Select(o => (o.Value, (LocalText?)o.Label))
            .Concat(counts.Keys.Where(k => !listed.Contains(k)).Order(StringComparer.Ordinal).Select(k => (k, (LocalText?)null)));
        return order
            .Select(o =>
            {
                var count = counts.GetValueOrDefault(o.Item1);
                // The share is kept exact: rounded here and again when shown as a percentage, 14 of 27 (51.85…%) read 51.8%.
                return new OptionShare(o.Item1, o.Item2, count, answered == 0 ? 0 : (double)count / answered, Wilson(count, answered))
                {
                    MeanRank = meanRanks is not null && meanRanks.TryGetValue(o.Item1, out var mean) ? Round(mean) : null,
                };
            })
            .ToList();
    }

    private static QuestionResult Numeric(QuestionSpec question, List<JsonElement> answers)
    {
        var values = answers
            .Select(a => a.ValueKind == JsonValueKind.Number ? a.GetDouble()
                : double.TryParse(a.ValueKind == JsonValueKind.String ? a.GetString() : null, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN)
            // "Infinity" or 1e400 would make every statistic infinite or NaN, which JSON cannot even carry.
            .Where(double.IsFinite)
            .Order()
            .ToList();
        NumericSummary? summary = null;
        if (values.Count > 0)
        {
            var mean = values.Average();
            var sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0;
            // One value has no spread to estimate: its interval is the value itself.
            var half = values.Count > 1 ? StudentT.Critical95(values.Count - 1) * sd / Math.Sqrt(values.Count) : 0;
            var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
            summary = new NumericSummary(values.Count, Round(mean), new Interval(Round(mean - half), Round(mean + half)), values[0], Round(median), values[^1]);
        }

        return new QuestionResult { Id = question.Id, Title = question.Title, Shape = question.Shape, Answered = values.Count, Numeric = summary };
    }

    /// <summary>
    /// The χ² test of a single-choice cross-tab: attribute values by every value answered in any row (options
    /// nobody chose are empty columns, which the test leaves out), statistics rounded to 4 decimals; the share of
    /// small cells is kept exact, as every share is, and rounded only where it is shown.
    /// </summary>
    private static ChiSquareResult? Test(List<CrossTabRow> rows)
    {
        var values = rows.SelectMany(r => r.Options).Select(o => o.Value).Distinct(StringComparer.Ordinal).ToList();
        var table = rows
            .Select(r => (IReadOnlyList<int>)values.Select(v => r.Options.FirstOrDefault(o => o.Value == v)?.Count ?? 0).ToList())
            .ToList();
        return ChiSquare.Independence(table) is { } test
            ? test with
            {
                Statistic = Round(test.Statistic),
                PValue = Round(test.PValue),
                CramersV = Round(test.CramersV),
                MinExpected = Round(test.MinExpected),
            }
            : null;
    }

    /// <summary>The coded passages grouped by theme, the largest group first (shared by the analysis of inputs and of a tally).</summary>
    private static List<ThemeGroup> Themes(List<(Passage Passage, IReadOnlyList<string> Themes)> passages) => passages
        .SelectMany(p => p.Themes.Distinct(StringComparer.Ordinal).Select(t => (Theme: t, p.Passage)))
        .GroupBy(x => x.Theme, StringComparer.Ordinal)
        .Select(g => new ThemeGroup(g.Key, g.Count(), g.Select(x => x.Passage).ToList()))
        .OrderByDescending(g => g.Count)
        .ThenBy(g => g.Theme, StringComparer.Ordinal)
        .ToList();

    private static List<(Passage Passage, IReadOnlyList<string> Themes)> Passages(List<ConsultationInput> inputs, IReadOnlyList<QuestionSpec> questions)
    {
        var textQuestions = questions.Where(q => q.Shape == QuestionShape.Text).ToList();
        var passages = new List<(Passage, IReadOnlyList<string>)>();
        foreach (var input in inputs)
        {
            if (!string.IsNullOrWhiteSpace(input.Text))
            {
                passages.Add((new Passage(input.Id, input.Subject, input.Text, input.Respondent), input.Themes));
            }

            foreach (var question in textQuestions)
            {
                if (Answer(input, question.Id) is { ValueKind: JsonValueKind.String } text)
                {
                    passages.Add((new Passage(input.Id, question.Id, text.GetString()!, input.Respondent), input.Themes));
                }
            }
        }

        return passages;
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    private static List<string> Values(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Select(Scalar).ToList()
        : value.ValueKind == JsonValueKind.String
            // XLSForm's select_multiple stores the chosen values separated by spaces.
            ? value.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList()
            : [Scalar(value)];
}

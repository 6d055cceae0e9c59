namespace ConsultEngine.Abstractions;

/// <summary>
/// The counts a step's analysis is computed from, so that an analysis need not re-read every input: a
/// store keeps them as inputs commit and change (<see cref="IToolInputs.TallyAsync"/>), and
/// <see cref="InputAnalyzer.Analyse(string, string, InputTally, IReadOnlyList{QuestionSpec}, AnalysisOptions?, IReadOnlyList{ConsultationInput}?)"/>
/// gives from them the same result as from the inputs themselves. Each cell counts inputs: by flags and
/// channel; and among inputs not withdrawn, by pilot/duplicate class: each respondent attribute's value,
/// the set of questions answered, each distinct answer to a tallied question (every shape but text),
/// that answer by respondent attribute, and the inputs with free text. Its size grows with the distinct
/// answers and attribute values, never with the number of inputs.
/// </summary>
public sealed class InputTally
{
    public InputTally(IReadOnlyDictionary<string, long> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Cells = cells;
        View = new TallyView(cells);
    }

    /// <summary>The cells (an opaque key, see <see cref="TallyCell"/>, and a count of inputs).</summary>
    public IReadOnlyDictionary<string, long> Cells { get; }

    internal TallyView View { get; }

    /// <summary>Which answers a tally of these questions keeps: the plan a store keeps its cells under (a different plan rebuilds them).</summary>
    public static string PlanOf(IReadOnlyList<QuestionSpec> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return string.Join(TallyCell.Separator, questions.Where(q => q.Shape != QuestionShape.Text)
            .Select(q => TallyCell.Escape(q.Id) + TallyCell.SetSeparator + TallyCell.Number((int)q.Shape)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>The questions (id and shape) a plan of <see cref="PlanOf"/> tallies.</summary>
    public static IReadOnlyList<QuestionSpec> QuestionsOf(string plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Length == 0 ? [] : [.. plan.Split(TallyCell.Separator).Select(entry =>
        {
            var at = entry.LastIndexOf(TallyCell.SetSeparator);
            return new QuestionSpec(TallyCell.Unescape(entry[..at]), (QuestionShape)int.Parse(entry[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        })];
    }

    /// <summary>The tally of <paramref name="inputs"/> counted afresh (every input of a step, whatever its flags).</summary>
    public static InputTally Of(IEnumerable<ConsultationInput> inputs, IReadOnlyList<QuestionSpec> questions)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var builder = new InputTallyBuilder(questions);
        foreach (var input in inputs)
        {
            builder.Add(input, 1);
        }

        return new InputTally(builder.Build());
    }

    /// <summary>
    /// Whether the counted inputs may give passages (free text, or answers to a text question): then the
    /// analysis needs those inputs read (<see cref="AnalysisOptions.Query"/>); otherwise it needs none.
    /// </summary>
    public bool MayHavePassages(IReadOnlyList<QuestionSpec> questions, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(options);
        if (View.WithText(options) > 0)
        {
            return true;
        }

        var text = questions.Where(q => q.Shape == QuestionShape.Text).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        return text.Count > 0 && View.AnsweredSets(options).Any(s => s.Questions.Any(text.Contains));
    }

    /// <summary>Counted inputs (by <paramref name="options"/>) whose every question of <paramref name="required"/> is answered, and the sum over them of how many of those questions they answered.</summary>
    public (long Complete, long AnsweredSum) Completeness(IReadOnlyCollection<string> required, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(options);
        long complete = 0, sum = 0;
        foreach (var (questions, count) in View.AnsweredSets(options))
        {
            var answered = required.Count(questions.Contains);
            sum += answered * count;
            complete += answered == required.Count ? count : 0;
        }

        return (complete, sum);
    }

    /// <summary>Counted inputs (by <paramref name="options"/>) that came through <paramref name="channel"/>.</summary>
    public long CountedBy(InputChannel channel, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exclude = (int)options.Query.ExcludeFlags;
        var name = channel.ToString();
        return View.Rows().Where(r => (r.Flags & exclude) == 0 && r.Channel == name).Sum(r => r.Count);
    }

    /// <summary>Counted inputs (by <paramref name="options"/>) whose respondent attribute <paramref name="attribute"/> is <paramref name="value"/>.</summary>
    public long CountedWith(string attribute, string value, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return View.Attributes(options).Where(a => a.Attribute == attribute && a.Value == value).Sum(a => a.Count);
    }

    /// <summary>Withdrawn inputs that carried a unique key when withdrawn (a poll's changed votes).</summary>
    public long WithdrawnKeyed => View.Rows().Where(r => r.KeyedWithdrawn).Sum(r => r.Count);
}

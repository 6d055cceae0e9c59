using System.Text.Json.Serialization;

namespace ConsultEngine.Abstractions;

/// <summary>What analysis counts. By default pilot, duplicate and withdrawn inputs are left out.</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    public bool IncludePilot { get; init; }

    public bool IncludeDuplicates { get; init; }

    /// <summary>The respondent attributes to cross-tabulate every choice question by (those with no value among the inputs are skipped).</summary>
    public IReadOnlyList<string> CrossTabBy { get; init; } = RespondentAttributes.Names;

    /// <summary>The inputs these options count (withdrawn inputs never count).</summary>
    public InputQuery Query => new()
    {
        ExcludeFlags = InputMarks.Withdrawn
            | (IncludePilot ? InputMarks.None : InputMarks.Pilot)
            | (IncludeDuplicates ? InputMarks.None : InputMarks.Duplicate),
    };
}

/// <summary>A two-sided 95% confidence interval.</summary>
public readonly record struct Interval(double Low, double High);

/// <summary>How many inputs an analysis counted and why the others were left out.</summary>
public sealed record AnalysisBasis
{
    /// <summary>Every input of the step, whatever its flags.</summary>
    public int Stored { get; init; }

    public int Counted { get; init; }

    public int ExcludedPilot { get; init; }

    public int ExcludedDuplicate { get; init; }

    public int ExcludedWithdrawn { get; init; }

    /// <summary>The people behind the counted inputs: distinct unique keys, each input without one counting as one person.</summary>
    public int People { get; init; }
}

/// <summary>
/// A figure of a tool's own (registered, attended, sessions held...). <see cref="Value"/> is null where the
/// figure is undefined (a rate of nothing: no responses yet), shown as not applicable rather than as 0 or 1.
/// </summary>
public sealed record AnalysisFigure
{
    [JsonConstructor]
    public AnalysisFigure(string name, LocalText label, double? value)
    {
        Name = name;
        Label = label;
        Value = value;
    }

    /// <summary>A defined figure: the constructor plugins built for SDK 1.2 and earlier call, kept so that they still load.</summary>
    public AnalysisFigure(string name, LocalText label, double value)
        : this(name, label, (double?)value)
    {
    }

    public string Name { get; init; }

    public LocalText Label { get; init; }

    public double? Value { get; init; }
}

/// <summary>
/// One option's count among those who answered a question, its share and the share's 95% interval (Wilson).
/// The share is exact (not rounded): rounding it here and again where it is shown as a percentage misreads it.
/// </summary>
public sealed record OptionShare(string Value, LocalText? Label, int Count, double Share, Interval Ci95)
{
    /// <summary>For ranking questions: the mean rank given to the option (1 is first), among those who ranked it.</summary>
    public double? MeanRank { get; init; }
}

/// <summary>
/// Mean and spread of a numeric question. The interval is the mean's 95% interval by Student's t:
/// mean ± t(0.975, n − 1) · s / √n, with s the sample standard deviation (n − 1 in the denominator);
/// at small n it is wider than the normal approximation's ± 1.96 · s / √n (at n = 5, t = 2.776). A single
/// value gives the interval [value, value]: there is no spread to estimate.
/// </summary>
public sealed record NumericSummary(int Count, double Mean, Interval Ci95, double Min, double Median, double Max);

/// <summary>The result of one question (or a poll's question, or a hearing's stance).</summary>
public sealed record QuestionResult
{
    public required string Id { get; init; }

    public LocalText? Title { get; init; }

    public required QuestionShape Shape { get; init; }

    /// <summary>Counted inputs that answered the question.</summary>
    public int Answered { get; init; }

    public IReadOnlyList<OptionShare> Options { get; init; } = [];

    public NumericSummary? Numeric { get; init; }
}

/// <summary>One value of a respondent attribute and the option shares among the respondents who have it.</summary>
public sealed record CrossTabRow(string AttributeValue, int Answered, IReadOnlyList<OptionShare> Options);

/// <summary>A choice question broken down by a respondent attribute.</summary>
public sealed record CrossTab(string QuestionId, string Attribute, IReadOnlyList<CrossTabRow> Rows)
{
    /// <summary>
    /// Pearson's χ² test of independence of the attribute and the answer (rows: attribute values; columns: the
    /// values answered in any row), figures rounded to 4 decimals (a p-value below 0.00005 reads 0: report it
    /// as p &lt; 0.0001); mind <see cref="ChiSquareResult.SmallCellWarning"/>. Null when fewer than two attribute
    /// values or two answers occur, and for multiple-choice questions, whose answers fall in several columns
    /// at once so the cells are not independent counts.
    /// </summary>
    public ChiSquareResult? ChiSquare { get; init; }
}

/// <summary>A passage of free text: a comment, an opinion at a hearing, a focus-group note.</summary>
public sealed record Passage(Guid InputId, string? Subject, string Text, RespondentAttributes Respondent);

/// <summary>The passages coded to one theme.</summary>
public sealed record ThemeGroup(string Theme, int Count, IReadOnlyList<Passage> Passages);

/// <summary>A tool's analysis of a step's inputs, in the same shape for every tool so that results can be put side by side.</summary>
public sealed record ToolAnalysis
{
    public required string Tool { get; init; }

    public required string StepId { get; init; }

    public required AnalysisBasis Basis { get; init; }

    public IReadOnlyList<QuestionResult> Questions { get; init; } = [];

    public IReadOnlyList<CrossTab> CrossTabs { get; init; } = [];

    /// <summary>Free text grouped by coded theme, largest first.</summary>
    public IReadOnlyList<ThemeGroup> Themes { get; init; } = [];

    /// <summary>Free text not coded to any theme yet.</summary>
    public IReadOnlyList<Passage> Uncoded { get; init; } = [];

    public IReadOnlyList<AnalysisFigure> Figures { get; init; } = [];

    /// <summary>
    /// Agreement between the coding of the passages and a blind second coding of a sample of them (per-theme and
    /// pooled kappa, the disagreements by input id); null when the tool has no second coding.
    /// </summary>
    public CoderAgreementResult? CoderAgreement { get; init; }
}

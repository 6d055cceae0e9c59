namespace ConsultEngine.Plugins.Survey.Model;

/// <summary>The question types of a questionnaire, as written in its JSON.</summary>
public static class QuestionTypes
{
    /// <summary>One option; the answer is the option's value (a string).</summary>
    public const string SingleChoice = "single-choice";

    /// <summary>Any options; the answer is an array of values (an XLSForm file writes them space-separated).</summary>
    public const string MultipleChoice = "multiple-choice";

    /// <summary>A Likert scale: one point of the options, which are the scale in order.</summary>
    public const string Likert = "likert";

    /// <summary>A number (see min, max, integer).</summary>
    public const string Number = "number";

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    public const string Date = "date";

    /// <summary>A short text.</summary>
    public const string Text = "text";

    /// <summary>A long text (a comment, an opinion).</summary>
    public const string LongText = "long-text";

    /// <summary>Every option in order of preference (an array of values, most preferred first).</summary>
    public const string Ranking = "ranking";

    /// <summary>Text shown to the respondent; takes no answer.</summary>
    public const string Note = "note";

    /// <summary>A value computed from other answers by its calculation; takes no answer, stores one.</summary>
    public const string Calculate = "calculate";

    public static IReadOnlyList<string> All { get; } = [SingleChoice, MultipleChoice, Likert, Number, Date, Text, LongText, Ranking, Note, Calculate];

    internal static QuestionKind Parse(string? type) => type switch
    {
        SingleChoice => QuestionKind.SingleChoice,
        MultipleChoice => QuestionKind.MultipleChoice,
        Likert => QuestionKind.Likert,
        Number => QuestionKind.Number,
        Date => QuestionKind.Date,
        Text => QuestionKind.Text,
        LongText => QuestionKind.LongText,
        Ranking => QuestionKind.Ranking,
        Note => QuestionKind.Note,
        Calculate => QuestionKind.Calculate,
        _ => QuestionKind.Unknown,
    };
}

internal enum QuestionKind
{
    Unknown,
    SingleChoice,
    MultipleChoice,
    Likert,
    Number,
    Date,
    Text,
    LongText,
    Ranking,
    Note,
    Calculate,
}

internal static class QuestionKindExtensions
{
    /// <summary>Whether a respondent answers it (notes and calculations do not).</summary>
    public static bool TakesAnswer(this QuestionKind kind) => kind is not (QuestionKind.Note or QuestionKind.Calculate or QuestionKind.Unknown);

    public static bool HasOptions(this QuestionKind kind) => kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Likert or QuestionKind.Ranking;

    /// <summary>Whether the answer is a list of values.</summary>
    public static bool IsList(this QuestionKind kind) => kind is QuestionKind.MultipleChoice or QuestionKind.Ranking;
}

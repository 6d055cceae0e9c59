using System.Globalization;
using System.Text.RegularExpressions;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Collection;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Surfaces;

/// <summary>
/// The form fields of a questionnaire: one per question that takes an answer, at <c>/answers/&lt;id&gt;</c>, with the
/// widget its type asks for. Notes take no answer and have no widget: the notes before the first question are the
/// form's introduction (<see cref="Introduction"/>), a later note is put before the hint of the question after it
/// (or of the one before it, when it ends the questionnaire). Calculations are the survey's own and never shown.
/// </summary>
internal static partial class SurveyFields
{
    /// <summary>Above this many options a single choice is a drop-down list instead of radio buttons.</summary>
    public const int RadioOptionsAtMost = 10;

    /// <summary>The pointer of a question's answer in a submission body.</summary>
    public static string AnswerPath(string questionId) => "/answers/" + Escape(questionId);

    /// <summary>The pointer of a respondent attribute in a submission body.</summary>
    public static string RespondentPath(string attribute) => "/respondent/" + Escape(attribute);

    /// <summary>The notes before the first question that takes an answer, as one text; null when there are none.</summary>
    public static LocalText? Introduction(Questionnaire questionnaire) =>
        Join(questionnaire.Questions.TakeWhile(q => !q.Kind.TakesAnswer()).Where(q => q.Kind == QuestionKind.Note).Select(q => SurveyJson.Local(q.Label)));

    public static IReadOnlyList<FormField> Of(Questionnaire questionnaire)
    {
        var notes = NotesByQuestion(questionnaire);
        return [.. questionnaire.Answerable.Select(q => Field(q, notes.GetValueOrDefault(q.Id)))];
    }

    private static FormField Field(Question question, LocalText? note)
    {
        var choices = question.Options.Select(o => new FieldChoice(o.Value, SurveyJson.Local(o.Label) ?? new LocalText(o.Value, o.Value))).ToList();
        var field = new FormField
        {
            Path = AnswerPath(question.Id),
            Label = SurveyJson.Local(question.Label) ?? new LocalText(question.Id, question.Id),
            Hint = Join([note, SurveyJson.Local(question.Hint)]),
            Required = question.Required,
            Choices = choices,
        };
        return question.Kind switch
        {
            QuestionKind.SingleChoice => field with { Widget = choices.Count > RadioOptionsAtMost ? FieldWidget.Select : FieldWidget.Radio },
            QuestionKind.MultipleChoice => field with { Widget = FieldWidget.Checkboxes, MaxChoices = MaxChoices(question) },
            QuestionKind.Likert => field with { Widget = choices.All(c => int.TryParse(c.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) ? FieldWidget.Scale : FieldWidget.Radio },
            QuestionKind.Ranking => field with { Widget = FieldWidget.Ranking, MaxChoices = choices.Count },
            QuestionKind.Number => field with
            {
                Widget = FieldWidget.Number,
                Minimum = question.Min,
                Maximum = question.Max,
                Step = question.WholeNumber ? 1 : null,
                InputMode = question.WholeNumber ? "numeric" : "decimal",
            },
            QuestionKind.Date => field with { Widget = FieldWidget.Date },
            QuestionKind.LongText => field with { Widget = FieldWidget.TextArea, MaxLength = question.MaxLength ?? AnswerChecker.DefaultLongTextLength },
            _ => field with { Widget = FieldWidget.Text, MaxLength = question.MaxLength ?? AnswerChecker.DefaultTextLength },
        };
    }

    /// <summary>The notes after the introduction, joined to the question they lead to.</summary>
    private static Dictionary<string, LocalText> NotesByQuestion(Questionnaire questionnaire)
    {
        var byQuestion = new Dictionary<string, List<LocalText?>>(StringComparer.Ordinal);
        var pending = new List<LocalText?>();
        string? last = null;
        foreach (var question in questionnaire.Questions)
        {
            if (question.Kind == QuestionKind.Note)
            {
                if (last is not null)
                {
                    pending.Add(SurveyJson.Local(question.Label));
                }
            }
            else if (question.Kind.TakesAnswer())
            {
                byQuestion[question.Id] = pending;
                pending = [];
                last = question.Id;
            }
        }

        if (last is not null && pending.Count > 0)
        {
            byQuestion[last] = [.. byQuestion[last], .. pending];
        }

        return byQuestion.Select(p => (p.Key, Text: Join(p.Value))).Where(p => p.Text is not null).ToDictionary(p => p.Key, p => p.Text!, StringComparer.Ordinal);
    }

    /// <summary>The most options a multiple choice takes when its constraint is the plain <c>self.length &lt;= N</c> (or <c>&lt; N</c>).</summary>
    private static int? MaxChoices(Question question)
    {
        if (question.Constraint is null || LengthLimit().Match(question.Constraint) is not { Success: true } match)
        {
            return null;
        }

        var limit = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return match.Groups["op"].Value == "<" ? limit - 1 : limit;
    }

    private static LocalText? Join(IEnumerable<LocalText?> texts)
    {
        var parts = texts.OfType<LocalText>().ToList();
        return parts.Count == 0 ? null : new LocalText(string.Join(' ', parts.Select(p => p.Vi)), string.Join(' ', parts.Select(p => p.En)));
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*self\.length\s*(?<op><=|<)\s*(?<n>\d{1,4})\s*;?\s*$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex LengthLimit();
}

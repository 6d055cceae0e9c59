using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The survey's plain HTML form: field names per question, and the answers a posted page carries.
/// Answers of earlier pages travel in one hidden field (<see cref="AnswersField"/>, JSON); the tool
/// checks all of them when the survey is submitted, so nothing in it is trusted.
/// </summary>
internal static class SurveyFields
{
    public const string AnswersField = "answers";
    public const string PageField = "page";
    public const string MoveField = "move";
    public const string Back = "back";

    public static string Field(string questionId) => "q." + questionId;

    public static string RankField(string questionId, int rank) => $"q.{questionId}.{rank.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The HTML id of a question's first control (error links point here).</summary>
    public static string ControlId(string questionId) => "q-" + Safe(questionId);

    public static string ControlId(string questionId, string suffix) => $"q-{Safe(questionId)}-{Safe(suffix)}";

    public static string ErrorId(string questionId) => $"q-{Safe(questionId)}-error";

    public static string HintId(string questionId) => $"q-{Safe(questionId)}-hint";

    /// <summary>The carried answers (an empty object when missing or not JSON).</summary>
    public static JsonObject Carried(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Replaces the answers of <paramref name="page"/> in <paramref name="answers"/> with what the form posted.</summary>
    public static void Read(JsonObject answers, IEnumerable<SurveyQuestion> page, Func<string, StringValues> form)
    {
        foreach (var question in page.Where(q => q.TakesAnswer))
        {
            answers.Remove(question.Id);
            if (Value(question, form) is { } value)
            {
                answers[question.Id] = value;
            }
        }
    }

    /// <summary>The text a control shows for a carried answer (a number as typed, a date as yyyy-MM-dd).</summary>
    public static string Shown(JsonObject answers, string questionId) => answers[questionId] switch
    {
        null => string.Empty,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => string.Empty,
    };

    /// <summary>The option values chosen for a list question (or the one chosen for a single choice).</summary>
    public static IReadOnlyList<string> Chosen(JsonObject answers, string questionId) => answers[questionId] switch
    {
        JsonArray array => [.. array.Select(v => v?.GetValue<string>() ?? string.Empty)],
        JsonValue value when value.TryGetValue<string>(out var one) => [one],
        _ => [],
    };

    private static JsonNode? Value(SurveyQuestion question, Func<string, StringValues> form)
    {
        switch (question.Type)
        {
            case SurveyQuestion.MultipleChoice:
                var chosen = form(Field(question.Id)).Where(v => !string.IsNullOrEmpty(v)).ToList();
                return chosen.Count == 0 ? null : new JsonArray([.. chosen.Select(v => JsonValue.Create(v))]);

            case SurveyQuestion.Ranking:
                var ranked = Enumerable.Range(1, question.Options.Count)
                    .Select(rank => form(RankField(question.Id, rank)).ToString())
                    .Where(v => v.Length > 0)
                    .ToList();
                return ranked.Count == 0 ? null : new JsonArray([.. ranked.Select(v => JsonValue.Create(v))]);

            case SurveyQuestion.Number:
                var number = form(Field(question.Id)).ToString().Trim();
                if (number.Length == 0)
                {
                    return null;
                }

                // A number goes to the rules as a number; anything else as typed, for the tool to refuse.
                return double.TryParse(number.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)
                    ? (parsed == Math.Floor(parsed) && Math.Abs(parsed) < 1e15 ? JsonValue.Create((long)parsed) : JsonValue.Create(parsed))
                    : JsonValue.Create(number);

            default:
                var text = form(Field(question.Id)).ToString();
                return string.IsNullOrWhiteSpace(text) ? null : JsonValue.Create(question.Type is SurveyQuestion.Text or SurveyQuestion.LongText ? text : text.Trim());
        }
    }

    private static string Safe(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}

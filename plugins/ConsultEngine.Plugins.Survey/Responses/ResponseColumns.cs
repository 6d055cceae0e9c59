using System.Globalization;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;
using ConsultEngine.Plugins.Survey.Steps;

namespace ConsultEngine.Plugins.Survey.Responses;

/// <summary>
/// The columns of a response file, the same for export and import: meta columns that start with an
/// underscore (as KoboToolbox's exports do, so they never clash with a question name), then one
/// column per question in questionnaire order (multiple choice and ranking as space-separated
/// values, as XLSForm writes them), then <c>_text</c>.
/// </summary>
internal static class ResponseColumns
{
    public const string Id = "_id";
    public const string SubmittedAt = "_submitted_at";
    public const string Channel = "_channel";
    public const string Collector = "_collector";
    public const string Flags = "_flags";
    public const string Text = "_text";

    /// <summary>Respondent attribute → column (<c>ageBand</c> → <c>_age_band</c>); the commune's official code follows its name.</summary>
    public static IReadOnlyList<(string Attribute, string Column)> Attributes { get; } =
        RespondentAttributes.Names.SelectMany(n => n == "commune" ? new[] { n, "communeCode" } : [n]).Select(n => (n, "_" + string.Concat(n.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString())))).ToList();

    /// <summary>Whether a column may hold personal data: a respondent attribute or the free text.</summary>
    public static bool IsPersonal(string column) => column == Text || Attributes.Any(a => a.Column == column);

    public static IReadOnlyList<Question> Questions(Questionnaire questionnaire) =>
        questionnaire.Questions.Where(q => q.Kind.TakesAnswer() || q.Kind == QuestionKind.Calculate).ToList();

    public static List<object?> Header(Questionnaire questionnaire) =>
        [Id, SubmittedAt, Channel, Collector, Flags, .. Attributes.Select(a => a.Column), .. Questions(questionnaire).Select(q => q.Id), Text];

    /// <summary>One input's row; numbers stay numbers (XLSX writes them as such).</summary>
    public static List<object?> Row(ConsultationInput input, Questionnaire questionnaire) =>
    [
        input.Id.ToString(),
        input.SubmittedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        SurveyConfig.ChannelName(input.Channel),
        input.Collector,
        FlagsText(input.Flags),
        .. Attributes.Select(a => input.Respondent.Get(a.Attribute)),
        .. Questions(questionnaire).Select(q => Value(InputAnalyzer.Answer(input, q.Id))),
        input.Text,
    ];

    private static object? Value(JsonElement? answer) => answer switch
    {
        null => null,
        { ValueKind: JsonValueKind.Array } list => string.Join(' ', list.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
        { ValueKind: JsonValueKind.Number } number => number.TryGetInt64(out var whole) ? whole : number.GetDouble(),
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
    };

    public static string FlagsText(InputMarks flags) => string.Join(' ', new[]
    {
        flags.HasFlag(InputMarks.Pilot) ? "pilot" : null,
        flags.HasFlag(InputMarks.Duplicate) ? "duplicate" : null,
        flags.HasFlag(InputMarks.Withdrawn) ? "withdrawn" : null,
    }.Where(f => f is not null));

    public static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

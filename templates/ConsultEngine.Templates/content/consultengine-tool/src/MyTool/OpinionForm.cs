using System.Text.Json;
using ConsultEngine.Abstractions;

namespace MyTool;

/// <summary>
/// The public form as data, and its rules. The rules live here once: the host asks for them while a
/// citizen fills the form in (<see cref="IToolSurfaces.EvaluateAsync"/>) and the tool applies them
/// again to every submission.
/// </summary>
internal static class OpinionForm
{
    public const string Id = "main";

    public const string Question = "opinion";

    public const string OpinionPath = "/answers/" + Question;

    public const string TextPath = "/text";

    public const int DefaultMaxLength = 2000;

    public static IReadOnlyList<FieldChoice> Choices { get; } =
    [
        new("agree", new("Đồng ý", "Agree")),
        new("disagree", new("Không đồng ý", "Disagree")),
        new("other", new("Ý kiến khác", "Other")),
    ];

    public static LocalText QuestionLabel { get; } = new("Bạn có đồng ý với đề xuất không?", "Do you agree with the proposal?");

    public static SurfaceForm Describe(int maxLength) => new()
    {
        Id = Id,
        Title = new("Ý kiến của bạn", "Your opinion"),
        Fields =
        [
            new FormField { Path = OpinionPath, Label = QuestionLabel, Widget = FieldWidget.Radio, Required = true, Choices = Choices },
            new FormField
            {
                Path = TextPath,
                Label = new("Ý kiến thêm", "Your comment"),
                Hint = new("Bắt buộc khi chọn \"Ý kiến khác\".", "Required when you choose \"Other\"."),
                Widget = FieldWidget.TextArea,
                MaxLength = maxLength,
            },
        ],
        SubmitLabel = new("Gửi ý kiến", "Send"),
    };

    /// <summary>What is wrong with an opinion and a comment, each problem at its field, in the reader's language.</summary>
    public static IReadOnlyList<ToolProblem> Check(string? opinion, string? text, int maxLength, string language)
    {
        var problems = new List<ToolProblem>();
        if (string.IsNullOrWhiteSpace(opinion))
        {
            problems.Add(Problem(OpinionCodes.OpinionMissing, OpinionPath, new("Hãy chọn một ý kiến.", "Choose an answer."), language));
        }
        else if (Choices.All(c => c.Value != opinion))
        {
            problems.Add(Problem(OpinionCodes.OpinionUnknown, OpinionPath, new($"'{opinion}' không phải là một lựa chọn.", $"'{opinion}' is not one of the choices."), language));
        }
        else if (opinion == "other" && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(Problem(OpinionCodes.TextMissing, TextPath, new("Hãy cho biết ý kiến khác của bạn.", "Say what your other opinion is."), language));
        }

        if (text is not null && text.Trim().Length > maxLength)
        {
            problems.Add(Problem(OpinionCodes.TextTooLong, TextPath, new($"Ý kiến dài quá {maxLength} ký tự.", $"The comment is longer than {maxLength} characters."), language));
        }

        return problems;
    }

    /// <summary>The opinion in a submission's answers (<c>{"opinion": "agree"}</c>), if any.</summary>
    public static string? OpinionOf(JsonElement? answers) =>
        answers is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(Question, out var opinion) && opinion.ValueKind == JsonValueKind.String
            ? opinion.GetString()
            : null;

    /// <summary>The text of a body the host posts (<c>{"answers": {...}, "text": "..."}</c>), if any.</summary>
    public static string? TextOf(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;

    public static JsonElement? AnswersOf(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("answers", out var answers) ? answers : null;

    private static ToolProblem Problem(string code, string path, LocalText message, string language) => new(code, path, message.In(language));
}

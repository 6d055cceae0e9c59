using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>
/// One comment as sent: the subject (an article id, or <see cref="DraftConfig.WholeDraft"/>), the text,
/// the stance and the proposed wording. Read from a <see cref="Submission"/> or from a form's body of
/// the same shape (<c>{ subject, text, answers: { stance, wording } }</c>).
/// </summary>
internal sealed record DraftComment(string? Subject, string? Text, JsonElement? Stance, string? Wording)
{
    /// <summary>Where the article may also be given, as the 1.0 tool accepted it.</summary>
    public const string ArticleAnswer = "article";

    public const string SubjectPath = "/subject";

    public const string TextPath = "/text";

    public const string StancePath = "/answers/" + Stances.Answer;

    public const string WordingPath = "/answers/" + Stances.WordingAnswer;

    /// <summary>The stance as a string, when it is one.</summary>
    public string? StanceValue => Stance is { ValueKind: JsonValueKind.String } stance ? stance.GetString() : null;

    public bool ProposesWording => StanceValue == Stances.ProposeWording;

    public static DraftComment From(Submission submission) => new(
        Blank(submission.Subject) ?? String(submission.Answers, ArticleAnswer),
        Blank(submission.Text?.Trim()),
        Member(submission.Answers, Stances.Answer),
        Blank(String(submission.Answers, Stances.WordingAnswer)?.Trim()));

    public static DraftComment From(JsonElement body)
    {
        var answers = Member(body, "answers");
        return new(
            String(body, "subject") ?? String(answers, ArticleAnswer),
            Blank(String(body, "text")?.Trim()),
            Member(answers, Stances.Answer),
            Blank(String(answers, Stances.WordingAnswer)?.Trim()));
    }

    private static JsonElement? Member(JsonElement? owner, string name) =>
        owner is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var member) && member.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? member
            : null;

    private static string? String(JsonElement? owner, string name) =>
        Member(owner, name) is { ValueKind: JsonValueKind.String } value ? Blank(value.GetString()) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// Opinions given at a hearing, as inputs of the shared model: entered by staff (channel enumerator,
/// or paper for written opinions handed in), <c>Subject</c> the session id, <c>Text</c> the opinion,
/// <c>Answers</c> <c>{ stance, article, speaker }</c> where known.
/// </summary>
internal static class Opinions
{
    public const int MaxLength = 20_000;

    public const int MaxArticleLength = 200;

    public static readonly IReadOnlyList<ChoiceOption> Stances =
    [
        new("support", new LocalText("Đồng ý", "Support")),
        new("oppose", new LocalText("Không đồng ý", "Oppose")),
        new("amend", new LocalText("Đề nghị sửa đổi, bổ sung", "Amend")),
        new("other", new LocalText("Ý kiến khác", "Other")),
    ];

    /// <summary>The questions the shared analysis counts: the stance, and the article or topic an opinion concerns.</summary>
    public static IReadOnlyList<QuestionSpec> Specs { get; } =
    [
        new QuestionSpec("stance", QuestionShape.SingleChoice) { Title = new LocalText("Quan điểm", "Stance"), Options = Stances },
        new QuestionSpec("article", QuestionShape.SingleChoice) { Title = new LocalText("Điều khoản, nội dung được góp ý", "Article or topic concerned") },
    ];

    /// <summary>An opinion's answers, checked: <c>stance</c> (one of <see cref="Stances"/>), <c>article</c> and <c>speaker</c> (strings).</summary>
    public static (string? Stance, string? Article, string? Speaker) ReadAnswers(JsonElement? answers, string path, List<ToolProblem> problems)
    {
        if (answers is not { } given || given.ValueKind == JsonValueKind.Null)
        {
            return (null, null, null);
        }

        if (given.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(PublicHearingCodes.OpinionAnswersInvalid, path, "Cần một đối tượng { stance, article, speaker }. / An object { stance, article, speaker } is expected."));
            return (null, null, null);
        }

        string? stance = null, article = null, speaker = null;
        foreach (var property in given.EnumerateObject())
        {
            var at = $"{path}/{property.Name}";
            var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim() : null;
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (property.Name)
            {
                case "stance" when value is not null && Stances.Any(s => s.Value == value):
                    stance = value;
                    break;
                case "stance":
                    problems.Add(new(PublicHearingCodes.StanceInvalid, at, "Quan điểm là support, oppose, amend hoặc other. / The stance is support, oppose, amend or other."));
                    break;
                case "article" when value is { Length: > 0 and <= MaxArticleLength }:
                    article = value;
                    break;
                case "speaker" when value is { Length: > 0 }:
                    speaker = value;
                    break;
                default:
                    problems.Add(new(PublicHearingCodes.OpinionAnswersInvalid, at, "Chỉ nhận stance, article (tối đa 200 ký tự) và speaker, dạng chuỗi. / Only stance, article (at most 200 characters) and speaker, as strings."));
                    break;
            }
        }

        return (stance, article, speaker);
    }

    public static ConsultationInput Input(ToolContext context, InputChannel channel, string sessionId, string text, (string? Stance, string? Article, string? Speaker) answers, RespondentAttributes respondent, string? collector, DateTimeOffset submittedAt)
    {
        var structured = new JsonObject();
        if (answers.Stance is not null)
        {
            structured["stance"] = answers.Stance;
        }

        if (answers.Article is not null)
        {
            structured["article"] = answers.Article;
        }

        if (answers.Speaker is not null)
        {
            structured["speaker"] = answers.Speaker;
        }

        return new ConsultationInput
        {
            Id = Guid.CreateVersion7(),
            InstanceId = context.InstanceId,
            StepId = context.StepId,
            Tool = PublicHearingTool.ToolId,
            Channel = channel,
            Collector = collector ?? context.Actor,
            Respondent = respondent,
            Subject = sessionId,
            Text = text,
            Answers = structured.Count == 0 ? null : JsonSerializer.SerializeToElement(structured, HearingJson.Default.JsonObject),
            SubmittedAt = submittedAt,
        };
    }
}

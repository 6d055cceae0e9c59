using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>
/// Góp ý dự thảo: citizens comment on the articles of a draft document (a resolution, a fee
/// schedule). A submission names an article (<see cref="Submission.Subject"/>, or an answer
/// <c>article</c>) and gives the comment as text, with optional respondent attributes. The analysis
/// counts comments per article with shares and 95% intervals, cross-tabulated by respondent
/// attribute, and gives the comments as passages to code by theme.
/// </summary>
public sealed class DraftCommentsTool : IConsultationTool
{
    private const string ArticleAnswer = "article";

    public ToolManifest Manifest => DraftCommentsManifest.Manifest;

    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Nothing to prepare beyond a config the tool can run with; reading it refuses duplicate article ids.
        DraftConfig.Read(context);
        return ValueTask.CompletedTask;
    }

    public ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submission);
        var config = DraftConfig.Read(context);
        var articleId = submission.Subject ?? ArticleOf(submission.Answers);
        if (string.IsNullOrWhiteSpace(articleId))
        {
            return Refuse(context, DraftCommentCodes.ArticleMissing, "/subject", new("Hãy chọn điều của dự thảo bạn góp ý.", "Choose the article of the draft you comment on."));
        }

        if (config.Find(articleId) is not { } article)
        {
            return Refuse(context, DraftCommentCodes.ArticleUnknown, "/subject", new($"Dự thảo không có điều '{articleId}'.", $"The draft has no article '{articleId}'."));
        }

        var text = submission.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Refuse(context, DraftCommentCodes.CommentEmpty, "/text", new("Nội dung góp ý đang trống.", "The comment is empty."));
        }

        if (text.Length > config.MaxLength)
        {
            return Refuse(context, DraftCommentCodes.CommentTooLong, "/text",
                new($"Góp ý dài {text.Length} ký tự; tối đa {config.MaxLength}.", $"The comment is {text.Length} characters long; at most {config.MaxLength} are accepted."));
        }

        // The identifier is hashed at once and never kept: it only lets a person's later comment on the same article replace the earlier one.
        var uniqueKey = config.OnePerPersonPerArticle && !string.IsNullOrWhiteSpace(submission.Identifier)
            ? $"{context.Identifiers.Hash("draft-comments:person", submission.Identifier)}:{article.Id}"
            : null;
        var input = new ConsultationInput
        {
            Id = Guid.CreateVersion7(context.Now),
            InstanceId = context.InstanceId,
            StepId = context.StepId,
            Tool = DraftCommentsManifest.Id,
            Channel = submission.Channel,
            Collector = submission.Collector,
            Respondent = submission.Respondent,
            Subject = article.Id,
            Answers = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [ArticleAnswer] = article.Id }),
            Text = text,
            Flags = config.Pilot ? InputMarks.Pilot : InputMarks.None,
            UniqueKey = uniqueKey,
            SubmittedAt = submission.SubmittedAt ?? context.Now,
        };
        return ValueTask.FromResult(CollectResult.Accept(input, UniqueKeyConflict.Replace));
    }

    public async ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (action)
        {
            case DraftCommentsManifest.ArticlesAction:
                {
                    var config = DraftConfig.Read(context);
                    var counted = await context.Inputs.ReadAsync(InputQuery.Counted, cancellationToken).ConfigureAwait(false);
                    var counts = counted.GroupBy(i => i.Subject ?? string.Empty, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                    var articles = config.Articles.Select(a => new
                    {
                        id = a.Id,
                        title = new { vi = a.Title.Vi, en = a.Title.En },
                        comments = counts.GetValueOrDefault(a.Id),
                    });
                    return JsonSerializer.SerializeToElement(articles);
                }

            case DraftCommentsManifest.CodeAction:
                {
                    var inputId = payload.GetProperty("inputId").GetGuid();
                    var themes = payload.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!).Distinct(StringComparer.Ordinal).ToList();
                    var input = await context.Inputs.FindAsync(inputId, cancellationToken).ConfigureAwait(false)
                        ?? throw new ToolException(ToolCodes.InputNotFound, $"The comment '{inputId}' is not one of step '{context.StepId}'.") { ToolId = DraftCommentsManifest.Id, InstanceId = context.InstanceId, StepId = context.StepId };
                    await context.Inputs.UpdateAsync(input.Id, input.Flags, themes, cancellationToken).ConfigureAwait(false);
                    return JsonSerializer.SerializeToElement(new { inputId, themes });
                }

            default:
                throw new ToolException(ToolCodes.UnknownAction, $"The draft-comments tool has no action '{action}'.") { ToolId = DraftCommentsManifest.Id, InstanceId = context.InstanceId, StepId = context.StepId };
        }
    }

    public async ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // What the minutes of the comment period record: how many comments were counted when it closed.
        var counted = await context.Inputs.CountAsync(InputQuery.Counted, cancellationToken).ConfigureAwait(false);
        var summary = JsonSerializer.SerializeToElement(new { comments = counted, closedAt = context.Now });
        await context.Records.PutAsync("summary", "closed", summary, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var config = DraftConfig.Read(context);
        var inputs = await context.Inputs.ReadAsync(InputQuery.All, cancellationToken).ConfigureAwait(false);
        var question = new QuestionSpec(ArticleAnswer, QuestionShape.SingleChoice)
        {
            Title = config.Draft ?? DraftCommentsManifest.Manifest.Title,
            Options = config.Articles.Select(a => new ChoiceOption(a.Id, a.Title)).ToList(),
        };
        var analysis = InputAnalyzer.Analyse(DraftCommentsManifest.Id, context.StepId, inputs, [question], options);
        var perArticle = analysis.Questions[0].Options;
        return analysis with
        {
            Figures =
            [
                new AnalysisFigure("comments", new LocalText("Số góp ý", "Comments"), analysis.Basis.Counted),
                new AnalysisFigure("articles-commented", new LocalText("Số điều được góp ý", "Articles commented on"), perArticle.Count(o => o.Count > 0)),
                new AnalysisFigure("articles-without-comment", new LocalText("Số điều chưa có góp ý", "Articles without a comment"), config.Articles.Count(a => perArticle.All(o => o.Value != a.Id || o.Count == 0))),
            ],
        };
    }

    private static string? ArticleOf(JsonElement? answers) =>
        answers is { ValueKind: JsonValueKind.Object } answersObject && answersObject.TryGetProperty(ArticleAnswer, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static ValueTask<CollectResult> Refuse(ToolContext context, string code, string path, LocalText message) =>
        ValueTask.FromResult(CollectResult.Refuse(code, path, message.In(context.Language)));
}

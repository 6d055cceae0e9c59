using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>
/// Góp ý dự thảo: citizens comment on the articles of a draft document (a resolution, a fee
/// schedule). A submission names an article (<see cref="Submission.Subject"/>, or an answer
/// <c>article</c>) or the whole draft (<c>draft</c>), gives the comment as text and may give a stance
/// (answer <c>stance</c>: agree, disagree, propose-wording, with the wording in answer <c>wording</c>),
/// with optional respondent attributes. The analysis counts comments per article with shares and 95%
/// intervals, cross-tabulated by respondent attribute, the stances per article, and gives the comments
/// and proposed wordings as passages, each with its article, to code by theme.
/// </summary>
public sealed partial class DraftCommentsTool : IConsultationTool
{
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
        var comment = DraftComment.From(submission);
        var problems = DraftCommentRules.Check(config, comment, stanceRequired: false, context.Language);
        if (problems.Count > 0)
        {
            return ValueTask.FromResult(CollectResult.Refuse(problems));
        }

        var article = config.Subject(comment.Subject!)!;

        // The identifier is hashed at once and never kept: it only lets a person's later comment on the same article replace the earlier one.
        var uniqueKey = config.OnePerPersonPerArticle && !string.IsNullOrWhiteSpace(submission.Identifier)
            ? $"{context.Identifiers.Hash("draft-comments:person", submission.Identifier)}:{article.Id}"
            : null;
        var answers = new Dictionary<string, string> { [DraftComment.ArticleAnswer] = article.Id };
        if (comment.StanceValue is { } stance)
        {
            answers[Stances.Answer] = stance;
        }

        // A wording sent with another stance is dropped, as the form hides its field.
        if (comment.ProposesWording)
        {
            answers[Stances.WordingAnswer] = comment.Wording!;
        }

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
            Answers = JsonSerializer.SerializeToElement(answers),
            Text = comment.Text,
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
        return DraftAnalysis.Analyse(config, context.StepId, inputs, options);
    }
}

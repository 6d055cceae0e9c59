using System.Globalization;
using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>
/// The surfaces (SDK 1.2): the public reads the draft (<c>draft</c>, then <c>article-1</c>, <c>article-2</c>…)
/// and comments through one form per article (<c>comment-&lt;article id&gt;</c>) or on the whole draft
/// (<c>comment-draft</c>); staff type in paper sheets (<c>paper</c>) and read the stances per article.
/// </summary>
public sealed partial class DraftCommentsTool : IToolSurfaces
{
    private static readonly string[] AlwaysShown = [DraftComment.SubjectPath, DraftComment.StancePath, DraftComment.TextPath];

    public async ValueTask<PublicSurface?> DescribePublicAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = DraftConfig.Read(context);
        if (!config.OnTheWeb)
        {
            return null;
        }

        var closed = await context.Records.GetAsync("summary", "closed", cancellationToken).ConfigureAwait(false) is not null;
        var title = config.Draft ?? DraftCommentsManifest.Manifest.Title;
        return new PublicSurface
        {
            Title = title,
            Instructions = new(
                "Đọc từng điều của dự thảo, chọn Đồng ý, Không đồng ý hoặc Đề xuất sửa và ghi góp ý ngay dưới điều đó. Góp ý chung cho toàn bộ dự thảo ở cuối trang.",
                "Read each article of the draft, choose Agree, Disagree or Propose wording and write your comment under it. Comments on the whole draft go at the end of the page."),
            Status = closed ? SurfaceStatus.Closed : SurfaceStatus.Open,
            Reads =
            [
                new TextView { Id = DraftConfig.WholeDraft, Title = title, Paragraphs = config.Summary is { } summary ? [summary] : [] },
                .. config.Articles.Select((a, i) => new TextView { Id = ArticleViewId(i), Title = a.Title, Paragraphs = a.Paragraphs }),
            ],
            Forms = closed ? [] : [.. config.Articles.Append(config.Subject(DraftConfig.WholeDraft)!).Select(a => DraftForms.Comment(config, a))],
        };
    }

    public ValueTask<FormEvaluation> EvaluateAsync(ToolContext context, string formId, JsonElement body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(formId);
        var config = DraftConfig.Read(context);
        if (!DraftForms.TryFind(config, formId, out var subject))
        {
            throw new ToolException(ToolCodes.UnknownForm, $"The draft-comments step '{context.StepId}' has no form '{formId}'.") { ToolId = DraftCommentsManifest.Id, InstanceId = context.InstanceId, StepId = context.StepId };
        }

        var comment = DraftComment.From(body);
        comment = comment with { Subject = comment.Subject ?? subject };

        // Skip logic: the proposed wording is asked for until the citizen says they agree or disagree.
        var stance = comment.StanceValue;
        var wordingApplies = stance is null or Stances.ProposeWording || !Stances.IsKnown(stance);
        var evaluation = new FormEvaluation
        {
            Show = wordingApplies ? [.. AlwaysShown, DraftComment.WordingPath] : AlwaysShown,

            // Nothing filled in yet is nothing wrong yet.
            Problems = body.ValueKind == JsonValueKind.Object ? DraftCommentRules.Check(config, comment, stanceRequired: true, context.Language) : [],
        };
        return ValueTask.FromResult(evaluation);
    }

    public async ValueTask<StaffSurface> DescribeStaffAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = DraftConfig.Read(context);
        var analysis = await AnalyseAsync(context, AnalysisOptions.Default, cancellationToken).ConfigureAwait(false);
        return new StaffSurface
        {
            Forms = [DraftForms.Paper(config)],
            Results = [StanceTable(config, analysis), .. AnalysisViews.From(analysis)],
        };
    }

    /// <summary>The anchor of the <paramref name="index"/>-th article (from 0) on the public page: <c>article-1</c> for the first.</summary>
    private static string ArticleViewId(int index) => "article-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Every article (then the whole draft) with its counted comments by stance.</summary>
    private static TableView StanceTable(DraftConfig config, ToolAnalysis analysis)
    {
        var comments = analysis.Questions.First(q => q.Id == DraftComment.ArticleAnswer).Options.ToDictionary(o => o.Value, o => o.Count, StringComparer.Ordinal);
        var stances = analysis.Questions.Where(q => q.Id.StartsWith(DraftAnalysis.StancePrefix, StringComparison.Ordinal))
            .ToDictionary(q => q.Id[DraftAnalysis.StancePrefix.Length..], q => q.Options.ToDictionary(o => o.Value, o => o.Count, StringComparer.Ordinal), StringComparer.Ordinal);
        static LocalText Number(int value) => new(value.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
        IReadOnlyList<LocalText> Row(DraftArticle article)
        {
            var counts = stances.GetValueOrDefault(article.Id);
            return
            [
                article.Id == DraftConfig.WholeDraft ? DraftConfig.WholeDraftTitle : article.Title,
                .. Stances.Options.Select(o => Number(counts?.GetValueOrDefault(o.Value) ?? 0)),
                Number(comments.GetValueOrDefault(article.Id)),
            ];
        }

        return new TableView
        {
            Id = "stances-per-article",
            Title = new("Ý kiến theo từng điều", "Stances per article"),
            Note = new("Chỉ tính góp ý hợp lệ (không tính phiếu thử, trùng lặp hoặc đã rút); một góp ý có thể không nêu ý kiến.", "Counted comments only (no pilot, duplicate or withdrawn ones); a comment may give no stance."),
            Columns = [new("Điều", "Article"), .. Stances.Options.Select(o => o.Label), new("Số góp ý", "Comments")],
            Rows = [.. config.Articles.Append(config.Subject(DraftConfig.WholeDraft)!).Select(Row)],
        };
    }
}

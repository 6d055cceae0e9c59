using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>
/// The comment forms: one per article (<c>comment-&lt;article id&gt;</c>), one on the whole draft
/// (<c>comment-draft</c>), and the staff's paper sheet (<c>paper</c>, the article chosen from a list). Each
/// posts a submission <c>{ subject, text, answers: { stance, wording } }</c>.
/// </summary>
internal static class DraftForms
{
    public const string Prefix = "comment-";

    public const string PaperForm = "paper";

    public static string IdOf(string subject) => Prefix + subject;

    /// <summary>The subject a form is about: an article, the whole draft, or (the paper sheet) whatever the body names; null for a form the step does not have.</summary>
    public static bool TryFind(DraftConfig config, string formId, out string? subject)
    {
        subject = null;
        if (formId == PaperForm)
        {
            return true;
        }

        if (!formId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        subject = formId[Prefix.Length..];
        return config.Subject(subject) is not null;
    }

    public static SurfaceForm Comment(DraftConfig config, DraftArticle article) => new()
    {
        Id = IdOf(article.Id),
        Title = article.Id == DraftConfig.WholeDraft
            ? new LocalText("Góp ý chung cho toàn bộ dự thảo", "Comment on the whole draft")
            : new LocalText($"Góp ý {article.Title.Vi}", $"Comment on {article.Title.En}"),
        Fields =
        [
            new FormField { Path = DraftComment.SubjectPath, Label = new("Điều được góp ý", "Article commented on"), Widget = FieldWidget.Hidden, Value = article.Id },
            .. Common(config),
        ],
        SubmitLabel = new("Gửi góp ý", "Send comment"),
        Confirmation = new("Cảm ơn bạn đã góp ý. Ý kiến của bạn sẽ được tổng hợp, tiếp thu và giải trình.", "Thank you for your comment. It will be summarised and answered in the explanation register."),
    };

    /// <summary>A paper sheet typed in by staff: the article is chosen from the list.</summary>
    public static SurfaceForm Paper(DraftConfig config) => new()
    {
        Id = PaperForm,
        Title = new("Nhập phiếu góp ý giấy", "Enter a paper comment sheet"),
        Fields =
        [
            new FormField
            {
                Path = DraftComment.SubjectPath,
                Label = new("Điều được góp ý", "Article commented on"),
                Widget = FieldWidget.Select,
                Required = true,
                Choices = [.. config.Articles.Append(config.Subject(DraftConfig.WholeDraft)!).Select(a => new FieldChoice(a.Id, a.Id == DraftConfig.WholeDraft ? DraftConfig.WholeDraftTitle : a.Title))],
            },
            .. Common(config),
        ],
        SubmitLabel = new("Lưu phiếu", "Save the sheet"),
    };

    private static FormField[] Common(DraftConfig config) =>
    [
        new FormField
        {
            Path = DraftComment.StancePath,
            Label = new("Ý kiến của bạn", "Your view"),
            Widget = FieldWidget.Radio,
            Required = true,
            Choices = [.. Stances.Options.Select(o => new FieldChoice(o.Value, o.Label))],
        },
        new FormField
        {
            Path = DraftComment.TextPath,
            Label = new("Nội dung góp ý", "Your comment"),
            Hint = new("Nêu lý do đồng ý, không đồng ý hoặc cần sửa.", "Say why you agree, disagree or would change it."),
            Widget = FieldWidget.TextArea,
            Required = true,
            MaxLength = config.MaxLength,
        },
        new FormField
        {
            Path = DraftComment.WordingPath,
            Label = new("Nội dung đề xuất sửa", "Proposed wording"),
            Hint = new("Viết lại điều khoản theo cách bạn đề xuất (khi chọn Đề xuất sửa).", "Write the article as you would have it (when you propose wording)."),
            Widget = FieldWidget.TextArea,
            MaxLength = config.MaxLength,
        },
    ];
}

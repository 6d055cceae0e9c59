using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>
/// What is wrong with a comment, each problem at the pointer of its field: the same rules for a
/// submission (<see cref="IConsultationTool.CollectAsync"/>) and for a form filled in so far
/// (<see cref="IToolSurfaces.EvaluateAsync"/>), so the form never lets through what collection refuses.
/// </summary>
internal static class DraftCommentRules
{
    /// <param name="stanceRequired">The public forms ask for a stance; a plain submission (the 1.0 API, a paper sheet) may leave it out.</param>
    public static IReadOnlyList<ToolProblem> Check(DraftConfig config, DraftComment comment, bool stanceRequired, string language)
    {
        var problems = new List<ToolProblem>();
        void Add(string code, string path, LocalText message) => problems.Add(new ToolProblem(code, path, message.In(language)));

        if (comment.Subject is null)
        {
            Add(DraftCommentCodes.ArticleMissing, DraftComment.SubjectPath, new("Hãy chọn điều của dự thảo bạn góp ý.", "Choose the article of the draft you comment on."));
        }
        else if (config.Subject(comment.Subject) is null)
        {
            Add(DraftCommentCodes.ArticleUnknown, DraftComment.SubjectPath, new($"Dự thảo không có điều '{comment.Subject}'.", $"The draft has no article '{comment.Subject}'."));
        }

        if (comment.Stance is null)
        {
            if (stanceRequired)
            {
                Add(DraftCommentCodes.StanceMissing, DraftComment.StancePath, new("Hãy chọn Đồng ý, Không đồng ý hoặc Đề xuất sửa.", "Choose Agree, Disagree or Propose wording."));
            }
        }
        else if (comment.Stance.Value.ValueKind != JsonValueKind.String || !Stances.IsKnown(comment.StanceValue ?? string.Empty))
        {
            Add(DraftCommentCodes.StanceUnknown, DraftComment.StancePath, new("Ý kiến phải là Đồng ý, Không đồng ý hoặc Đề xuất sửa.", "The stance is agree, disagree or propose-wording."));
        }

        if (comment.Text is null)
        {
            Add(DraftCommentCodes.CommentEmpty, DraftComment.TextPath, new("Nội dung góp ý đang trống.", "The comment is empty."));
        }
        else if (comment.Text.Length > config.MaxLength)
        {
            Add(DraftCommentCodes.CommentTooLong, DraftComment.TextPath,
                new($"Góp ý dài {comment.Text.Length} ký tự; tối đa {config.MaxLength}.", $"The comment is {comment.Text.Length} characters long; at most {config.MaxLength} are accepted."));
        }

        if (comment.ProposesWording)
        {
            if (comment.Wording is null)
            {
                Add(DraftCommentCodes.WordingMissing, DraftComment.WordingPath, new("Hãy ghi nội dung bạn đề xuất sửa.", "Write the wording you propose."));
            }
            else if (comment.Wording.Length > config.MaxLength)
            {
                Add(DraftCommentCodes.CommentTooLong, DraftComment.WordingPath,
                    new($"Nội dung đề xuất dài {comment.Wording.Length} ký tự; tối đa {config.MaxLength}.", $"The proposed wording is {comment.Wording.Length} characters long; at most {config.MaxLength} are accepted."));
            }
        }

        return problems;
    }
}

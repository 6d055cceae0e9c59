namespace ConsultEngine.Plugins.DraftComments;

/// <summary>The codes of the draft-comments tool, in the range the SDK leaves to other plugins (CE97xx–CE98xx).</summary>
public static class DraftCommentCodes
{
    /// <summary>The submission names no article.</summary>
    public const string ArticleMissing = "CE9701";

    /// <summary>The article is not one of the draft's.</summary>
    public const string ArticleUnknown = "CE9702";

    /// <summary>The comment is empty.</summary>
    public const string CommentEmpty = "CE9703";

    /// <summary>The comment (or the proposed wording) is longer than the step allows.</summary>
    public const string CommentTooLong = "CE9704";

    /// <summary>The stance is not agree, disagree or propose-wording.</summary>
    public const string StanceUnknown = "CE9705";

    /// <summary>The stance is propose-wording but no wording is proposed.</summary>
    public const string WordingMissing = "CE9706";

    /// <summary>A comment form was sent without a stance (the public forms ask for one; plain API submissions may leave it out).</summary>
    public const string StanceMissing = "CE9707";
}

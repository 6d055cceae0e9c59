using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>
/// What a comment says of the article: agree, disagree, or propose other wording. Kept in the input's
/// answers under <c>stance</c> (and the wording under <c>wording</c>), the same answer name the public
/// hearing uses for its opinions.
/// </summary>
internal static class Stances
{
    public const string Answer = "stance";

    public const string WordingAnswer = "wording";

    public const string Agree = "agree";

    public const string Disagree = "disagree";

    public const string ProposeWording = "propose-wording";

    public static IReadOnlyList<ChoiceOption> Options { get; } =
    [
        new(Agree, new LocalText("Đồng ý", "Agree")),
        new(Disagree, new LocalText("Không đồng ý", "Disagree")),
        new(ProposeWording, new LocalText("Đề xuất sửa", "Propose wording")),
    ];

    public static bool IsKnown(string value) => Options.Any(o => o.Value == value);

    /// <summary>The stance question as the shared analysis counts it.</summary>
    public static QuestionSpec Question(LocalText title) => new(Answer, QuestionShape.SingleChoice) { Title = title, Options = Options };

    /// <summary>The proposed wording: free text, so the analysis gives it as a passage and the explanation register as an opinion of its own.</summary>
    public static QuestionSpec WordingQuestion { get; } = new(WordingAnswer, QuestionShape.Text) { Title = new LocalText("Nội dung đề xuất sửa", "Proposed wording") };
}

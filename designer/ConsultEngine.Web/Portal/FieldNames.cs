namespace ConsultEngine.Web.Portal;

/// <summary>
/// The HTML names and ids of a form field, derived from its JSON Pointer alone: the control's name is the
/// pointer itself (<c>/answers/q1</c>), its id a readable token (<c>field-answers-q1</c>) that the error
/// summary links to and the hint and error ids extend.
/// </summary>
internal static class FieldNames
{
    /// <summary>The hidden field that carries the body of the earlier pages.</summary>
    public const string BodyField = "ce-body";

    /// <summary>The hidden field that says which page was shown.</summary>
    public const string PageField = "ce-page";

    /// <summary>The name of the buttons: <see cref="Next"/> or <see cref="Back"/>.</summary>
    public const string MoveField = "ce-move";

    public const string Next = "next";

    public const string Back = "back";

    /// <summary>The move of a "send the code" button: a one-time code to the identifier of the field the code field names (<see cref="ConsultEngine.Abstractions.FormField.CodeFor"/>).</summary>
    public const string SendCode = "send-code";

    public static string Name(string pointer) => pointer;

    /// <summary>The name of the drop-down list of rank <paramref name="rank"/> (1 first) of a ranking.</summary>
    public static string RankName(string pointer, int rank) => FormattableString.Invariant($"{pointer}#{rank}");

    /// <summary>The id of the field's control (its first control for choices and rankings).</summary>
    public static string Id(string formId, string pointer)
    {
        var token = new string([.. (formId + pointer).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        return "field-" + token.Trim('-');
    }

    public static string ChoiceId(string formId, string pointer, int index) =>
        index == 0 ? Id(formId, pointer) : FormattableString.Invariant($"{Id(formId, pointer)}-{index}");

    public static string HintId(string formId, string pointer) => Id(formId, pointer) + "-hint";

    public static string ErrorId(string formId, string pointer) => Id(formId, pointer) + "-error";
}

using System.Globalization;
using System.Text;

namespace ConsultEngine.Abstractions;

/// <summary>
/// The keys of an <see cref="InputTally"/>'s cells: a kind and its fields separated by U+001F (a field's own
/// backslash and U+001F are escaped). A class is an input's pilot and duplicate marks (0–3).
/// </summary>
public static class TallyCell
{
    /// <summary>Inputs by flags, channel and whether a withdrawn input kept a unique key: <c>r, flags, channel, 0|1</c>.</summary>
    public const string Row = "r";

    /// <summary>Inputs not withdrawn by class and respondent attribute value: <c>t, class, attribute, value</c>.</summary>
    public const string Attribute = "t";

    /// <summary>Inputs not withdrawn by class and the set of questions they answered: <c>s, class, ids separated by U+001E</c>.</summary>
    public const string Answered = "s";

    /// <summary>Answers of a tallied question by class: <c>a, class, question, answer</c> (answer: <c>s</c> and a string's value, or <c>j</c> and the JSON).</summary>
    public const string Answer = "a";

    /// <summary>Answers of a choice question by class and respondent attribute value: <c>x, class, question, answer, attribute, value</c>.</summary>
    public const string Cross = "x";

    /// <summary>Inputs not withdrawn with free text, by class: <c>p, class</c>.</summary>
    public const string Text = "p";

    internal const char Separator = '\u001F';
    internal const char SetSeparator = '\u001E';

    internal static string Key(params string[] fields) => string.Join(Separator, fields.Select(Escape));

    internal static string[] Fields(string key) => [.. key.Split(Separator).Select(Unescape)];

    internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Escape(string field) =>
        field.Contains('\\', StringComparison.Ordinal) || field.Contains(Separator, StringComparison.Ordinal)
            ? field.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(Separator.ToString(), "\\f", StringComparison.Ordinal)
            : field;

    internal static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                text.Append(field[++i] == 'f' ? Separator : field[i]);
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}

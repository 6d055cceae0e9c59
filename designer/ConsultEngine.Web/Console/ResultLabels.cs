using System.Text;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// The fallback label of a tool result's field the console has no text for (<c>Field.{name}</c>): the
/// tool's camelCase name as words (<c>questionsImported</c> → "Questions imported"), readable in either
/// language while the catalogue catches up with a new tool.
/// </summary>
internal static class ResultLabels
{
    public static string Words(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        var words = new StringBuilder(name.Length + 8);
        words.Append(char.ToUpperInvariant(name[0]));
        for (var i = 1; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c is '_' or '-' ? ' ' : c);
            }
        }

        return words.ToString();
    }
}

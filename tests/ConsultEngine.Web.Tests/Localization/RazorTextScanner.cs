using System.Text;
using System.Text.RegularExpressions;

namespace ConsultEngine.Web.Tests.Localization;

/// <summary>
/// Finds text a <c>.razor</c> file shows that does not come from a localizer: words in a text node, or in a
/// literal value of an attribute people read (<c>aria-label</c>, <c>title</c>, MudBlazor's <c>Label</c>...).
/// Not a Razor parser: it blanks what is C# (comments, directives, <c>@code</c> and <c>@{ }</c> blocks,
/// <c>@(...)</c> and <c>@expr</c> expressions, control-flow headers, statements) and reads what is left as markup.
/// It errs on the side of reporting; code-like tokens a page shows on purpose are allowed by name.
/// </summary>
internal static partial class RazorTextScanner
{
    /// <summary>Attributes whose literal value a person reads (or hears, for a screen reader).</summary>
    private static readonly HashSet<string> ReadAttributes = new(StringComparer.Ordinal)
    {
        "aria-label", "title", "placeholder", "alt", "Label", "Title", "Text", "HelperText", "Placeholder", "AriaLabel", "ButtonText", "Tooltip",
    };

    /// <summary>Code-like tokens shown as they are, whatever the language, each with its reason.</summary>
    private static readonly Regex[] Allowed =
    [
        // The designer lists rules as the JavaScript a rule author writes: rules.<name>.
        AllowedRulesPrefix(),
        // A code, a format or a standard's name is the same in both languages.
        AllowedCodeLike(),
    ];

    public sealed record Finding(int Line, string Text);

    public static IReadOnlyList<Finding> Scan(string razor)
    {
        var s = BlankComments(razor);
        s = DirectiveLine().Replace(s, string.Empty);
        s = BlankBlocks(s, CodeBlockStart());
        s = BlankBlocks(s, StatementBlockStart());
        s = BlankElementContent(s, "style");
        s = BlankElementContent(s, "script");
        s = BlankExpressions(s);
        return Walk(s);
    }

    private static List<Finding> Walk(string s)
    {
        var findings = new List<Finding>();
        var textStart = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '<' && i + 1 < s.Length && (char.IsLetter(s[i + 1]) || s[i + 1] is '/' or '!'))
            {
                CheckText(s, textStart, i, findings);
                var end = TagEnd(s, i);
                CheckAttributes(s, i, s[i..end], findings);
                i = end;
                textStart = i;
            }
            else
            {
                i++;
            }
        }

        CheckText(s, textStart, s.Length, findings);
        return findings;
    }

    private static int TagEnd(string s, int start)
    {
        var j = start + 1;
        while (j < s.Length && s[j] != '>')
        {
            if (s[j] is '"' or '\'')
            {
                var quote = s[j];
                j++;
                while (j < s.Length && s[j] != quote)
                {
                    j++;
                }
            }

            j++;
        }

        return Math.Min(j + 1, s.Length);
    }

    private static void CheckAttributes(string s, int at, string tag, List<Finding> findings)
    {
        if (tag.StartsWith("<!", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match attribute in Attribute().Matches(tag))
        {
            var value = attribute.Groups["value"].Value;
            if (ReadAttributes.Contains(attribute.Groups["name"].Value) && !value.Contains('@', StringComparison.Ordinal) && IsWords(value))
            {
                findings.Add(new Finding(LineOf(s, at), $"{attribute.Groups["name"].Value}=\"{value}\""));
            }
        }
    }

    private static void CheckText(string s, int start, int end, List<Finding> findings)
    {
        var lines = s[start..end].Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k].Trim();
            if (CSharpLine().IsMatch(line))
            {
                continue;
            }

            line = HtmlEntity().Replace(line.Replace("{", " ", StringComparison.Ordinal).Replace("}", " ", StringComparison.Ordinal), " ").Trim();
            if (IsWords(line))
            {
                findings.Add(new Finding(LineOf(s, start) + k, line));
            }
        }
    }

    private static bool IsWords(string text) => Letters().IsMatch(text) && !Allowed.Any(a => a.IsMatch(text.Trim()));

    private static int LineOf(string s, int index) => s.AsSpan(0, index).Count('\n') + 1;

    private static string BlankComments(string s) => Comment().Replace(s, m => Blank(m.Value));

    /// <summary>Replaces every character but line breaks by a space, so line numbers stay right.</summary>
    private static string Blank(string text) => new([.. text.Select(c => c == '\n' ? '\n' : ' ')]);

    private static string BlankBlocks(string s, Regex start)
    {
        for (var m = start.Match(s); m.Success; m = start.Match(s, m.Index + 1))
        {
            var end = Balanced(s, m.Index + m.Length - 1, '{', '}');
            s = string.Concat(s.AsSpan(0, m.Index), Blank(s[m.Index..end]), s.AsSpan(end));
        }

        return s;
    }

    private static string BlankElementContent(string s, string element)
    {
        var open = new Regex($"<{element}[^>]*>", RegexOptions.IgnoreCase);
        for (var m = open.Match(s); m.Success; m = open.Match(s, m.Index + m.Length))
        {
            var close = s.IndexOf($"</{element}>", m.Index, StringComparison.OrdinalIgnoreCase);
            var end = close < 0 ? s.Length : close;
            var from = m.Index + m.Length;
            s = string.Concat(s.AsSpan(0, from), Blank(s[from..end]), s.AsSpan(end));
        }

        return s;
    }

    /// <summary>Blanks <c>@(...)</c>, control-flow headers and <c>@name.member(...)[...]</c> chains.</summary>
    private static string BlankExpressions(string s)
    {
        var result = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] != '@' || i + 1 >= s.Length)
            {
                result.Append(s[i++]);
                continue;
            }

            var j = i + 1;
            if (s[j] == '@')
            {
                j++;
            }
            else if (s[j] == '(')
            {
                j = Balanced(s, j, '(', ')');
            }
            else if (char.IsLetter(s[j]) || s[j] == '_')
            {
                j = Chain(s, j);
            }

            result.Append(Blank(s[i..j]));
            i = j;
        }

        return result.ToString();
    }

    private static int Chain(string s, int j)
    {
        var start = j;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '_'))
        {
            j++;
        }

        // A control-flow keyword takes its parenthesised header, after optional spaces.
        if (ControlKeyword().IsMatch(s[start..j]))
        {
            var k = j;
            while (k < s.Length && s[k] == ' ')
            {
                k++;
            }

            return k < s.Length && s[k] == '(' ? Balanced(s, k, '(', ')') : j;
        }

        while (j < s.Length)
        {
            if (s[j] == '(')
            {
                j = Balanced(s, j, '(', ')');
            }
            else if (s[j] == '[')
            {
                j = Balanced(s, j, '[', ']');
            }
            else if ((s[j] == '.' || (s[j] == '?' && j + 1 < s.Length && s[j + 1] == '.')) && j + 2 < s.Length && (char.IsLetter(s[j + 1]) || char.IsLetter(s[j + 2])))
            {
                j += s[j] == '?' ? 2 : 1;
                while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '_'))
                {
                    j++;
                }
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>The index after the bracket matching the one at <paramref name="open"/>, skipping C# strings and chars.</summary>
    private static int Balanced(string s, int open, char opening, char closing)
    {
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '"')
            {
                i++;
                while (i < s.Length && s[i] != '"')
                {
                    i += s[i] == '\\' ? 2 : 1;
                }
            }
            else if (c == '\'' && i + 2 < s.Length && (s[i + 2] == '\'' || s[i + 1] == '\\'))
            {
                i = s.IndexOf('\'', i + 2);
                if (i < 0)
                {
                    return s.Length;
                }
            }
            else if (c == opening)
            {
                depth++;
            }
            else if (c == closing && --depth == 0)
            {
                return i + 1;
            }
        }

        return s.Length;
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^[ \t]*@(page|inject|using|attribute|layout|inherits|implements|rendermode|typeparam|namespace|preservewhitespace)\b.*$", RegexOptions.Multiline)]
    private static partial Regex DirectiveLine();

    [GeneratedRegex(@"@(code|functions)\s*\{")]
    private static partial Regex CodeBlockStart();

    [GeneratedRegex(@"@\{")]
    private static partial Regex StatementBlockStart();

    [GeneratedRegex(@"^(if|foreach|for|while|switch|using|lock|do|try|catch|finally)$")]
    private static partial Regex ControlKeyword();

    /// <summary>What is left of C# between tags: else, case labels, breaks, statements, headers inside code.</summary>
    [GeneratedRegex(@"^(\}?\s*else(\s+if\s*\(.*\))?\s*\{?|case\s.+:|default:|.*;|(if|foreach|for|while|switch)\s*\(.*\)\s*\{?)$")]
    private static partial Regex CSharpLine();

    [GeneratedRegex(@"&[a-zA-Z]+;|&#\d+;")]
    private static partial Regex HtmlEntity();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Letters();

    [GeneratedRegex(@"(?<name>[\w\-:]+)=""(?<value>[^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^rules\.$")]
    private static partial Regex AllowedRulesPrefix();

    [GeneratedRegex(@"^(CE\d{4}|JSON|API|XLSForm|CSV|XLSX|DOCX|HTML|OpenAPI|ConsultEngine)$")]
    private static partial Regex AllowedCodeLike();
}

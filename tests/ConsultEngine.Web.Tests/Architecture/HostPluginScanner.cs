using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ConsultEngine.Web.Tests.Architecture;

/// <summary>
/// Finds where a file of the web host names a tool plugin: a plugin id used as data (a string literal, a
/// route segment, a step type) or a type of a plugin assembly. Not a compiler: it blanks comments, then
/// reads string literals and identifiers with a few rules precise enough that the English word "survey"
/// in a comment or a sentence is not a finding.
/// <list type="bullet">
/// <item>A plugin id in a literal: the whole literal (<c>"survey"</c>, <c>'survey'</c>), a step type
/// (<c>tool:survey</c>, <c>survey@1</c>), a route segment (<c>/survey/</c>, <c>"…/survey"</c>, <c>survey/…</c>).</item>
/// <item>A hyphenated id (<c>online-poll</c>) is no English word: anywhere outside a comment, as a whole token.</item>
/// <item>A public type of a plugin assembly: the host declaring a type of the same name (its own copy of the
/// plugin's model), the name in a string literal (reflection by name), or the plugin's namespace anywhere
/// outside a comment (a <c>using</c>, a qualified name). The host's build references no plugin, so a bare
/// identifier that happens to share a plugin type's name (a property <c>Question</c>) is the host's own.</item>
/// <item><c>.resx</c>: the keys only (a key segment equal to an id: <c>ToolKind.survey</c>); the values are
/// prose for people, where a code's text may name an XLSForm's "survey" sheet.</item>
/// </list>
/// </summary>
internal static partial class HostPluginScanner
{
    public sealed record Finding(int Line, string Rule, string Text);

    /// <summary>What is scanned for: the plugins' ids and the public type names of their assemblies.</summary>
    public sealed record Names(IReadOnlyList<string> PluginIds, IReadOnlyCollection<string> TypeNames, IReadOnlyCollection<string> Namespaces);

    public static IReadOnlyList<Finding> Scan(string fileName, string content, Names names)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(names);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".resx")
        {
            return ScanResxKeys(content, names);
        }

        var code = BlankComments(content, extension);
        var findings = new List<Finding>();
        foreach (var (index, text) in extension == ".css" ? Enumerable.Empty<(int Index, string Text)>() : Literals(code))
        {
            if (names.PluginIds.Contains(text, StringComparer.Ordinal))
            {
                findings.Add(new(LineOf(code, index), "literal", text));
            }
        }

        foreach (var id in names.PluginIds)
        {
            var at = Regex.Escape(id);
            foreach (Match match in Regex.Matches(code, $@"tool:{at}(?![A-Za-z0-9_\-])|(?<![A-Za-z0-9_\-]){at}@\d"))
            {
                findings.Add(new(LineOf(code, match.Index), "step-type", id));
            }

            // A route segment: after a slash, before a slash, a query, an anchor or the literal's end; or a literal's first segment.
            foreach (Match match in Regex.Matches(code, $@"/{at}(?=[/?#""'`)])|(?<=[""'`]){at}/"))
            {
                findings.Add(new(LineOf(code, match.Index), "route", id));
            }
        }

        foreach (var id in names.PluginIds.Where(i => i.Contains('-', StringComparison.Ordinal)))
        {
            foreach (Match match in Regex.Matches(code, $@"(?<![A-Za-z0-9_\-]){Regex.Escape(id)}(?![A-Za-z0-9_\-])"))
            {
                findings.Add(new(LineOf(code, match.Index), "id", id));
            }
        }

        // The host never compiles against a plugin (its build copies them, referencing nothing), so a plugin's
        // type can only show up as the host's own copy of it, by name in a string, or through the plugin's namespace.
        foreach (Match match in TypeDeclaration().Matches(code))
        {
            if (names.TypeNames.Contains(match.Groups["name"].Value))
            {
                findings.Add(new(LineOf(code, match.Index), "type-declared", match.Groups["name"].Value));
            }
        }

        foreach (var (index, text) in extension == ".css" ? Enumerable.Empty<(int Index, string Text)>() : Literals(code))
        {
            // The whole literal is a type's name, bare or qualified ("SurveyTool", "X.Y.SurveyTool"). A Razor
            // attribute's value (Question="Question", id="@Question.Id") is a C# expression, not a name given as data.
            var razorAttribute = extension is ".razor" or ".cshtml" && index > 0 && code[index - 1] == '=';
            if (!razorAttribute && QualifiedName().Match(text) is { Success: true } name && names.TypeNames.Contains(name.Groups["name"].Value))
            {
                findings.Add(new(LineOf(code, index), "type-named", name.Groups["name"].Value));
            }
        }

        foreach (var space in names.Namespaces)
        {
            foreach (Match match in Regex.Matches(code, $@"(?<![A-Za-z0-9_.]){Regex.Escape(space)}(?![A-Za-z0-9_])"))
            {
                findings.Add(new(LineOf(code, match.Index), "namespace", space));
            }
        }

        return [.. findings.Distinct().OrderBy(f => f.Line)];
    }

    private static List<Finding> ScanResxKeys(string content, Names names)
    {
        var findings = new List<Finding>();
        var document = XDocument.Parse(content, LoadOptions.SetLineInfo);
        foreach (var data in document.Root?.Elements("data") ?? [])
        {
            var key = (string?)data.Attribute("name") ?? "";
            var segments = key.Split('.', '/', ':');
            foreach (var id in names.PluginIds.Where(id => segments.Contains(id, StringComparer.Ordinal) || segments.Any(s => s.StartsWith(id + "@", StringComparison.Ordinal))))
            {
                findings.Add(new(((System.Xml.IXmlLineInfo)data).LineNumber, "resx-key", $"{key} names {id}"));
            }
        }

        return findings;
    }

    /// <summary>The text with every comment replaced by spaces (lines kept, so findings keep their line numbers).</summary>
    internal static string BlankComments(string content, string extension)
    {
        var patterns = extension switch
        {
            ".razor" or ".cshtml" => new[] { RazorComment(), HtmlComment(), BlockComment(), LineComment() },
            ".css" => [BlockComment()],
            _ => [BlockComment(), LineComment()],
        };
        foreach (var pattern in patterns)
        {
            content = pattern.Replace(content, m => Regex.Replace(m.Value, @"[^\n]", " "));
        }

        return content;
    }

    private static IEnumerable<(int Index, string Text)> Literals(string code) =>
        StringLiteral().Matches(code).Select(m => (m.Index, m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["s"].Value));

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    // "//" after a colon or inside a quote is a URL's ("https://"), not a comment.
    [GeneratedRegex(@"(?<![:""'\\])//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"""(?<d>(?:[^""\\\n]|\\.)*)""|'(?<s>(?:[^'\\\n]|\\.)*)'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^(?:[A-Za-z_][A-Za-z0-9_]*\.)*(?<name>[A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex QualifiedName();
}

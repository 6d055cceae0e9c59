using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ConsultEngine.Web.Testing.Portal;

/// <summary>
/// Finds given figures written as numbers in a page's text or an API's JSON. A number is a run of
/// digits standing alone: not part of a word or an identifier (a GUID's <c>ab37</c>), nor of a time,
/// a date or a grouped number (<c>10:37</c>, <c>05/12/2026</c>, <c>1.037</c>), so that only a count
/// printed as a count is found.
/// </summary>
public static partial class FigureScan
{
    /// <summary>The figures of <paramref name="figures"/> that <paramref name="text"/> writes as numbers.</summary>
    public static IReadOnlyList<int> Find(string text, IEnumerable<int> figures)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = figures.Select(f => f.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        return [.. Number().Matches(text).Select(m => m.Value).Where(wanted.Contains).Distinct(StringComparer.Ordinal).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
    }

    /// <summary>The text a person reads on an HTML page (scripts, styles and markup removed, entities decoded).</summary>
    public static string TextOf(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var withoutCode = Code().Replace(html, " ");
        return WebUtility.HtmlDecode(Markup().Replace(withoutCode, " "));
    }

    [GeneratedRegex(@"(?<![\w])(?<!\d[.,:/-])\d+(?:[.,:/-]\d+)*(?![\w])(?![.,:/-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}

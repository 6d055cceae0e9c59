using System.Globalization;
using System.Resources;

namespace ConsultEngine.Web.Hosting;

/// <summary>
/// What the server prints on its console: <c>Resources/Hosting/HostText.resx</c> (Vietnamese) and
/// <c>HostText.en.resx</c>. A server console has no language switch, and the machine's culture says
/// little about who reads it (a Debian server runs in C or en_US for a Vietnamese operator), so every
/// message is printed in both languages: Vietnamese first, English after; a label carries both
/// ("Mật khẩu / Password") so that each value is printed once.
/// </summary>
internal static class HostText
{
    private static readonly ResourceManager Texts = new("ConsultEngine.Web.Resources.Hosting.HostText", typeof(HostText).Assembly);
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo(Localization.Cultures.Vietnamese);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(Localization.Cultures.English);

    /// <summary>The message in Vietnamese, then in English: two lines.</summary>
    public static IReadOnlyList<string> Both(string key, params object[] args) => [Format(Vietnamese, key, args), Format(English, key, args)];

    /// <summary>A label in both languages, <c>vi / en</c>.</summary>
    public static string Label(string key) => $"{Format(Vietnamese, key, [])} / {Format(English, key, [])}";

    /// <summary>The label and its value, the labels of one block padded to the same width.</summary>
    public static IReadOnlyList<string> Labelled(string indent, params (string Key, string Value)[] rows)
    {
        var labels = rows.Select(r => Label(r.Key) + ":").ToList();
        var width = labels.Max(l => l.Length) + 2;
        return [.. rows.Select((r, i) => indent + labels[i].PadRight(width) + r.Value)];
    }

    private static string Format(CultureInfo culture, string key, object[] args)
    {
        var text = Texts.GetString(key, culture) ?? throw new InvalidOperationException($"No host text {key}.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}

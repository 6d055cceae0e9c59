using System.Globalization;

namespace ConsultEngine.Web.Localization;

/// <summary>The product's languages: Vietnamese by default, English by the switch.</summary>
public static class Cultures
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [Vietnamese, English];

    public static bool IsSupported(string? name) => name is not null && Supported.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The other language than the current UI culture: what the switch offers.</summary>
    public static string Other => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? Vietnamese : English;
}

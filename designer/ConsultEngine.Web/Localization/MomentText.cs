using System.Globalization;

namespace ConsultEngine.Web.Localization;

/// <summary>
/// A moment as the web product writes it for people, in Vietnam's time (<see cref="VietnamTime"/>)
/// whatever the server's time zone: the portal and the console show the same hour for the same moment.
/// </summary>
internal static class MomentText
{
    /// <summary>Date and time in the reader's language (<c>vi</c>: 06/12/2026, 14:30; <c>en</c>: 6 Dec 2026, 14:30).</summary>
    public static string When(DateTimeOffset moment, string language) =>
        VietnamTime.Of(moment).ToString(language == Cultures.English ? "d MMM yyyy, HH:mm" : "dd/MM/yyyy, HH:mm", CultureInfo.CurrentCulture);

    /// <summary>The date alone, in the reader's language.</summary>
    public static string Day(DateTimeOffset moment, string language) =>
        VietnamTime.Of(moment).ToString(language == Cultures.English ? "d MMM yyyy" : "dd/MM/yyyy", CultureInfo.CurrentCulture);

    /// <summary>The machine-readable value of a <c>&lt;time&gt;</c> element, with Vietnam's offset.</summary>
    public static string Iso(DateTimeOffset moment) => VietnamTime.Of(moment).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// A tool's value that is an ISO 8601 moment with its offset (a result's <c>opensAt</c>), as
    /// <see cref="When"/> writes it; <see langword="null"/> for any other text.
    /// </summary>
    public static string? FromIso(string text, string language) =>
        text.Length >= 20 && text[4] == '-' && text[10] == 'T'
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
        && (text.EndsWith('Z') || text[^6] is '+' or '-')
            ? When(moment, language)
            : null;
}

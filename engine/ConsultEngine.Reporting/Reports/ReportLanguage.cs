using System.Globalization;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Reporting.Reports;

/// <summary>The report's language: <c>vi</c> (default) or <c>en</c>; texts of the definition and tools in it, numbers and dates formatted for it.</summary>
internal static class ReportLanguage
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Check(string? language) => language?.ToLowerInvariant() switch
    {
        null or "" or "vi" => "vi",
        "en" => "en",
        _ => throw new ReportException(ReportCodes.UnknownLanguage, $"The language '{language}' is not one a report is written in (vi, en)."),
    };

    public static bool IsEnglish(string language) => language == "en";

    public static CultureInfo Culture(string language) => IsEnglish(language) ? English : Vietnamese;

    /// <summary>One of two texts: Vietnamese or English.</summary>
    public static string Pick(string language, string vi, string en) => IsEnglish(language) ? en : vi;

    public static string Of(LocalizedText? text, string language, string fallback) =>
        text is null ? fallback : text.Get(language) is { Length: > 0 } value ? value : fallback;

    public static string Of(LocalText? text, string language, string fallback) =>
        text is null ? fallback : text.In(language) is { Length: > 0 } value ? value : fallback;

    public static string Count(int value, string language) => value.ToString("N0", Culture(language));

    public static string Number(double value, string language) => value.ToString("#,0.##", Culture(language));

    /// <summary>An undefined figure (a rate of no responses), in both languages.</summary>
    public const string NotApplicable = "—";

    /// <summary>A share as a percentage with one decimal (<c>41,7%</c> in Vietnamese).</summary>
    public static string Percent(double share, string language) => (share * 100).ToString("0.0", Culture(language)) + "%";

    public static string Interval(Interval interval, string language) => $"{Percent(interval.Low, language)} – {Percent(interval.High, language)}";

    public static string Date(DateTimeOffset at, string language) => at.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset at, string language) => at.ToString("dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

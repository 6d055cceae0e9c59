using System.Globalization;
using System.Text.Json.Nodes;

namespace ConsultEngine.Runtime.Records;

/// <summary>
/// How scalars read in Vietnamese and in English: Có/Không or Yes/No, dates as dd/MM/yyyy or
/// d MMM yyyy, numbers grouped as each language writes them (1.234.567,5 / 1,234,567.5). The formats
/// are fixed here rather than taken from the machine's cultures, so a report reads the same everywhere.
/// </summary>
internal sealed class RecordText
{
    private static readonly NumberFormatInfo VietnameseNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };
    private static readonly NumberFormatInfo EnglishNumbers = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = ".", NegativeSign = "-" };

    private RecordText(bool english) => English = english;

    public bool English { get; }

    public static RecordText For(string? language) =>
        new(language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase));

    public const string Empty = "—";

    public string Boolean(bool value) => (English, value) switch
    {
        (true, true) => "Yes",
        (true, false) => "No",
        (false, true) => "Có",
        (false, false) => "Không",
    };

    public string Number(JsonValue value)
    {
        var numbers = English ? EnglishNumbers : VietnameseNumbers;
        return value.TryGetValue<long>(out var whole) ? whole.ToString("#,0", numbers)
            : value.TryGetValue<decimal>(out var exact) ? exact.ToString("#,0.##########", numbers)
            : value.TryGetValue<double>(out var real) ? real.ToString("#,0.##########", numbers)
            : value.ToJsonString();
    }

    /// <summary>A <c>date</c> (yyyy-MM-dd) in the reader's form; anything else as it was written.</summary>
    public string Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(English ? "d MMM yyyy" : "dd/MM/yyyy", CultureInfo.InvariantCulture)
            : text;

    /// <summary>A <c>date-time</c> at the offset it was recorded with (a report must not depend on the server's zone).</summary>
    public string DateTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.ToString(English ? "d MMM yyyy HH:mm" : "HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)
            : text;
}

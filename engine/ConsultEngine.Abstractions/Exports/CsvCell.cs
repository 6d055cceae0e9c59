using System.Globalization;

namespace ConsultEngine.Abstractions;

/// <summary>
/// The one guard of every CSV the product writes against formula injection (OWASP "CSV injection"):
/// a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> as a formula
/// (<c>=HYPERLINK(...)</c> in a citizen's comment would run on a staff member's machine), and a
/// leading tab, carriage return or other control character can hide such a start. Such a cell is
/// written with a single quote in front, which spreadsheets show as text. A plain number
/// (<c>-3</c>, <c>+1.5</c>) is left alone: it is data, not a formula.
/// </summary>
public static class CsvCell
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula.</summary>
    private const string FormulaStarts = "=+-@";

    /// <summary><paramref name="cell"/> as it is safe to write: unchanged, or with a leading single quote.</summary>
    public static string Neutralise(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        var first = cell[0];
        var dangerous = char.IsControl(first) || FormulaStarts.Contains(first, StringComparison.Ordinal);
        if (!dangerous || IsPlainNumber(cell))
        {
            return cell;
        }

        return "'" + cell;
    }

    /// <summary>
    /// <paramref name="cell"/> neutralised (<see cref="Neutralise"/>) and quoted as RFC 4180 asks when it
    /// holds the separator, a quote or a line break (quotes doubled).
    /// </summary>
    public static string Field(string? cell, char separator = ',')
    {
        var safe = Neutralise(cell);
        return safe.AsSpan().IndexOfAny([separator, '"', '\r', '\n']) >= 0
            ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : safe;
    }

    private static bool IsPlainNumber(string cell) =>
        !char.IsControl(cell[0]) && double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
}

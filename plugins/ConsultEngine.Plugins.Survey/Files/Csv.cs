using System.Text;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Survey.Files;

/// <summary>
/// RFC 4180 CSV: comma-separated, fields with a comma, quote or line break quoted, quotes doubled,
/// CRLF between records; a cell a spreadsheet would run as a formula is written as text
/// (<see cref="CsvCell.Neutralise"/>). Written in UTF-8 with a byte order mark so that Excel shows Vietnamese;
/// read with or without one. A semicolon-separated file (Excel's export in some locales) is read too.
/// </summary>
internal static class Csv
{
    public static byte[] Write(IEnumerable<IReadOnlyList<string>> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
        {
            for (var i = 0; i < record.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                text.Append(CsvCell.Field(record[i]));
            }

            text.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The records of <paramref name="bytes"/>, read within <see cref="SpreadsheetLimits.Default"/>.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or the bytes are not UTF-8.</exception>
    /// <exception cref="UploadLimitException">The file goes beyond a limit.</exception>
    public static List<SheetRow> Read(byte[] bytes) => Read(bytes, SpreadsheetLimits.Default);

    /// <summary>The records of <paramref name="bytes"/>; each row's number is the record's position (1 for the header).</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or the bytes are not UTF-8.</exception>
    /// <exception cref="UploadLimitException">The file goes beyond a limit (bytes, rows, columns, cells).</exception>
    public static List<SheetRow> Read(byte[] bytes, SpreadsheetLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        if (bytes.Length > limits.MaxBytes)
        {
            throw new UploadLimitException(SurveyCodes.UploadTooLarge, $"The file has {bytes.Length} bytes; at most {limits.MaxBytes} are read.");
        }

        var budget = new CellBudget(limits);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length));
        var separator = firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
        var rows = new List<SheetRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            any = true;
            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                budget.Cells(fields.Count, 1);
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                budget.Cells(fields.Count, 1);
                budget.Row();
                fields.Add(field.ToString());
                field.Clear();
                rows.Add(new SheetRow(rows.Count + 1, [.. fields]));
                fields.Clear();
                any = false;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException("A quoted field is not closed.");
        }

        if (any || field.Length > 0 || fields.Count > 0)
        {
            budget.Cells(fields.Count, 1);
            budget.Row();
            fields.Add(field.ToString());
            rows.Add(new SheetRow(rows.Count + 1, [.. fields]));
        }

        return rows;
    }
}

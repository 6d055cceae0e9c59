using System.Text;

namespace ConsultEngine.Plugins.Survey.Files;

/// <summary>
/// RFC 4180 CSV: comma-separated, fields with a comma, quote or line break quoted, quotes doubled,
/// CRLF between records. Written in UTF-8 with a byte order mark so that Excel shows Vietnamese;
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

                var field = record[i];
                if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                {
                    text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    text.Append(field);
                }
            }

            text.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The records of <paramref name="bytes"/>; each row's number is the record's position (1 for the header).</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or the bytes are not UTF-8.</exception>
    public static List<SheetRow> Read(byte[] bytes)
    {
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
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

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
            fields.Add(field.ToString());
            rows.Add(new SheetRow(rows.Count + 1, [.. fields]));
        }

        return rows;
    }
}

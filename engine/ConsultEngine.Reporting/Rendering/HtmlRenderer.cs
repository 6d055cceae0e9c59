using System.Text;
using ConsultEngine.Reporting.Charts;
using ConsultEngine.Reporting.Documents;

namespace ConsultEngine.Reporting.Rendering;

/// <summary>
/// Renders a <see cref="Document"/> as one self-contained HTML file with the same content as the
/// DOCX: the Decree 30 header, numbered headings (<c>h2</c> for a top-level section, deeper
/// sections one level down), tables, charts as inline PNG pictures (<c>data:</c> URIs), and the
/// signature block. Its print style sheet sets A4 pages with the Decree's margins, so a browser
/// prints it to PDF as the document would be printed.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlEncode(document.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(HtmlEncode(document.Header.Title)).Append("</title>\n<style>\n").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n<main class=\"page\">\n");
        Header(html, document.Header);
        Blocks(html, document.Preamble);
        foreach (var section in document.Sections)
        {
            Section(html, section);
        }

        if (document.Signature is { } signature)
        {
            Signature(html, signature);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, DocumentHeader header)
    {
        html.Append("<header class=\"decree-header\">\n<div class=\"issuer\">\n");
        if (header.GoverningBody is { } governing)
        {
            html.Append("<p class=\"governing\">").Append(HtmlEncode(governing.ToUpperInvariant())).Append("</p>\n");
        }

        html.Append("<p class=\"issuing\">").Append(HtmlEncode(header.IssuingBody.ToUpperInvariant())).Append("</p>\n<hr>\n")
            .Append("<p class=\"number\">").Append(HtmlEncode(header.NumberAndSymbol)).Append("</p>\n</div>\n<div class=\"nation\">\n")
            .Append("<p class=\"national-title\">").Append(HtmlEncode(header.NationalTitle)).Append("</p>\n")
            .Append("<p class=\"motto\">").Append(HtmlEncode(header.Motto)).Append("</p>\n<hr>\n")
            .Append("<p class=\"place-date\">").Append(HtmlEncode(header.PlaceAndDate)).Append("</p>\n</div>\n</header>\n");
        if (header.DocumentType.Length > 0)
        {
            html.Append("<p class=\"doc-type\">").Append(HtmlEncode(header.DocumentType.ToUpperInvariant())).Append("</p>\n");
        }

        html.Append("<h1>").Append(HtmlEncode(header.Title)).Append("</h1>\n");
    }

    private static void Section(StringBuilder html, DocumentSection section)
    {
        var tag = $"h{Math.Clamp(section.Level + 1, 2, 6)}";
        html.Append("<section id=\"").Append(HtmlEncode(section.Id)).Append("\">\n<").Append(tag).Append('>')
            .Append(HtmlEncode(section.NumberedHeading)).Append("</").Append(tag).Append(">\n");
        Blocks(html, section.Blocks);
        foreach (var child in section.Sections)
        {
            Section(html, child);
        }

        html.Append("</section>\n");
    }

    private static void Blocks(StringBuilder html, IEnumerable<DocumentBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    var style = text.Style switch { TextStyle.Label => " class=\"label\"", TextStyle.Note => " class=\"note\"", _ => string.Empty };
                    html.Append("<p").Append(style).Append('>').Append(HtmlEncode(text.Text)).Append("</p>\n");
                    break;
                case TableBlock table:
                    Table(html, table);
                    break;
                case ChartBlock chart:
                    var png = Convert.ToBase64String(BarChartPainter.Png(chart.Chart));
                    html.Append("<figure class=\"chart\"><img src=\"data:image/png;base64,").Append(png).Append("\" alt=\"")
                        .Append(HtmlEncode(chart.Chart.Title)).Append("\" width=\"").Append(BarChartPainter.Width / 2).Append("\"></figure>\n");
                    break;
                default:
                    throw new NotSupportedException($"The HTML renderer has no rendering for {block.GetType().Name}.");
            }
        }
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<table>\n");
        if (table.Caption is { } caption)
        {
            html.Append("<caption>").Append(HtmlEncode(caption)).Append("</caption>\n");
        }

        var total = table.Columns.Sum(c => c.Width);
        html.Append("<colgroup>");
        foreach (var column in table.Columns)
        {
            html.Append("<col style=\"width:").Append((100 * column.Width / (total <= 0 ? 1 : total)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
        }

        html.Append("</colgroup>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\">").Append(HtmlEncode(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var align = table.Columns[i].Alignment switch { ColumnAlignment.Right => " class=\"num\"", ColumnAlignment.Center => " class=\"mid\"", _ => string.Empty };
                html.Append("<td").Append(align).Append('>').Append(HtmlEncode(i < row.Count ? row[i] : string.Empty)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Signature(StringBuilder html, SignatureBlock signature)
    {
        html.Append("<footer class=\"signature\">\n<div class=\"recipients\">\n<p class=\"recipients-heading\">").Append(HtmlEncode(signature.RecipientsHeading)).Append("</p>\n<ul>");
        foreach (var recipient in signature.Recipients)
        {
            html.Append("<li>").Append(HtmlEncode(recipient)).Append("</li>");
        }

        html.Append("</ul>\n</div>\n<div class=\"signer\">\n");
        if (signature.Authority is { } authority)
        {
            html.Append("<p class=\"authority\">").Append(HtmlEncode(authority.ToUpperInvariant())).Append("</p>\n");
        }

        html.Append("<p class=\"position\">").Append(HtmlEncode(signature.Position.ToUpperInvariant())).Append("</p>\n")
            .Append("<p class=\"name\">").Append(HtmlEncode(signature.Signer)).Append("</p>\n</div>\n</footer>\n");
    }

    /// <summary>Escapes the five characters HTML gives meaning to; Vietnamese letters stay as they are (the file is UTF-8).</summary>
    private static string HtmlEncode(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}

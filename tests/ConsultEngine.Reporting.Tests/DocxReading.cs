using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ConsultEngine.Reporting.Tests;

/// <summary>A section of a rendered DOCX as a test reads it: its heading, the text of its tables' rows, and how many pictures it holds.</summary>
internal sealed record DocxSection(string Heading, IReadOnlyList<IReadOnlyList<string>> TableRows, int Pictures, IReadOnlyList<string> Paragraphs);

/// <summary>Reads a DOCX back: the body split at each heading paragraph (styles Heading1–3).</summary>
internal static class DocxReading
{
    public static IReadOnlyList<DocxSection> Sections(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var sections = new List<DocxSection>();
        string? heading = null;
        var rows = new List<IReadOnlyList<string>>();
        var paragraphs = new List<string>();
        var pictures = 0;
        foreach (var element in document.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            if (element is Paragraph paragraph && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && style.StartsWith("Heading", StringComparison.Ordinal))
            {
                if (heading is not null)
                {
                    sections.Add(new DocxSection(heading, rows, pictures, paragraphs));
                }

                heading = paragraph.InnerText;
                rows = [];
                paragraphs = [];
                pictures = 0;
                continue;
            }

            if (heading is null)
            {
                continue;
            }

            if (element is Table table)
            {
                rows.AddRange(table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)]));
            }
            else if (element is Paragraph text)
            {
                pictures += text.Descendants<Drawing>().Count();
                if (text.InnerText.Length > 0)
                {
                    paragraphs.Add(text.InnerText);
                }
            }
        }

        if (heading is not null)
        {
            sections.Add(new DocxSection(heading, rows, pictures, paragraphs));
        }

        return sections;
    }
}

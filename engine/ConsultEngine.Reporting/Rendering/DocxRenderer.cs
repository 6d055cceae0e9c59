using ConsultEngine.Reporting.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordDocument = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace ConsultEngine.Reporting.Rendering;

/// <summary>
/// Renders a <see cref="Documents.Document"/> as a Word document (DOCX) in the format of Decree
/// 30/2020/NĐ-CP: A4 with the Decree's margins, Times New Roman 14 pt, the two-column header,
/// numbered headings (Word's heading styles, so they make the navigation pane), bordered tables,
/// charts as embedded PNG pictures, and the signature block.
/// </summary>
public static class DocxRenderer
{
    /// <summary>The document as DOCX bytes.</summary>
    public static byte[] Render(Documents.Document document)
    {
        using var stream = new MemoryStream();
        Render(document, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the document as DOCX to <paramref name="output"/> (left open).</summary>
    public static void Render(Documents.Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using (var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxPage.Styles();
            var body = new Body();
            var images = new DocxImages(main);
            body.Append(DocxFrame.Header(document.Header));
            Blocks(body, document.Preamble, images);
            foreach (var section in document.Sections)
            {
                Section(body, section, images);
            }

            if (document.Signature is { } signature)
            {
                body.Append(DocxFrame.Signature(signature));
            }

            body.Append(DocxPage.Section());
            main.Document = new WordDocument(body);
            package.PackageProperties.Title = document.Header.Title;
            package.PackageProperties.Language = document.Language;
        }
    }

    private static void Section(Body body, DocumentSection section, DocxImages images)
    {
        body.Append(Docx.Heading(section.Level, section.NumberedHeading));
        Blocks(body, section.Blocks, images);
        foreach (var child in section.Sections)
        {
            Section(body, child, images);
        }
    }

    private static void Blocks(Body body, IEnumerable<DocumentBlock> blocks, DocxImages images)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    body.Append(Text(text));
                    break;
                case TableBlock table:
                    if (table.Caption is { } caption)
                    {
                        body.Append(Docx.Paragraph(JustificationValues.Center, 6, 3, Docx.Run(caption, Docx.SmallSize, bold: true)));
                    }

                    body.Append(DocxTables.Table(table));
                    body.Append(Docx.Paragraph(JustificationValues.Left, 0, 6));
                    break;
                case ChartBlock chart:
                    body.Append(images.Chart(chart.Chart));
                    break;
                default:
                    throw new NotSupportedException($"The DOCX renderer has no rendering for {block.GetType().Name}.");
            }
        }
    }

    private static Paragraph Text(TextBlock text) => text.Style switch
    {
        TextStyle.Label => Docx.Body(Docx.Run(text.Text, bold: true)),
        TextStyle.Note => Docx.Body(Docx.Run(text.Text, italic: true)),
        _ => Docx.Body(Docx.Run(text.Text)),
    };
}

using ConsultEngine.Reporting.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ConsultEngine.Reporting.Rendering;

/// <summary>The frame of an administrative document in DOCX: the Decree 30 header and the signature block, each a borderless two-column table.</summary>
internal static class DocxFrame
{
    private const int LeftColumn = 3600;
    private const int RightColumn = DocxPage.TextWidthTwips - LeftColumn;

    public static IEnumerable<OpenXmlElement> Header(DocumentHeader header)
    {
        var left = new List<OpenXmlElement>();
        if (header.GoverningBody is { } governing)
        {
            left.Add(Docx.Paragraph(JustificationValues.Center, Docx.Run(governing.ToUpperInvariant(), Docx.SmallSize)));
        }

        left.Add(Docx.Paragraph(JustificationValues.Center, Docx.Run(header.IssuingBody.ToUpperInvariant(), Docx.SmallSize, bold: true)));
        left.Add(Docx.Rule(1100));
        left.Add(Docx.Paragraph(JustificationValues.Center, Docx.Run(header.NumberAndSymbol, Docx.SmallSize)));

        var right = new List<OpenXmlElement>
        {
            Docx.Paragraph(JustificationValues.Center, Docx.Run(header.NationalTitle, Docx.SmallSize - 1, bold: true)),
            Docx.Paragraph(JustificationValues.Center, Docx.Run(header.Motto, Docx.SmallSize, bold: true)),
            Docx.Rule(1300),
            Docx.Paragraph(JustificationValues.Center, Docx.Run(header.PlaceAndDate, Docx.BodySize, italic: true)),
        };

        var table = Docx.LayoutTable(LeftColumn, RightColumn);
        table.Append(new TableRow(Docx.Cell(LeftColumn, [.. left]), Docx.Cell(RightColumn, [.. right])));
        yield return table;
        if (header.DocumentType.Length > 0)
        {
            yield return Docx.Paragraph(JustificationValues.Center, 18, 0, Docx.Run(header.DocumentType.ToUpperInvariant(), bold: true));
        }

        yield return Docx.Paragraph(JustificationValues.Center, header.DocumentType.Length > 0 ? 0 : 18, 12, Docx.Run(header.Title, bold: true));
    }

    public static IEnumerable<OpenXmlElement> Signature(SignatureBlock signature)
    {
        var left = new List<OpenXmlElement>
        {
            Docx.Paragraph(JustificationValues.Left, Docx.Run(signature.RecipientsHeading, 12, bold: true, italic: true)),
        };
        left.AddRange(signature.Recipients.Select(r => Docx.Paragraph(JustificationValues.Left, Docx.Run("- " + r, 11))));

        var right = new List<OpenXmlElement>();
        if (signature.Authority is { } authority)
        {
            right.Add(Docx.Paragraph(JustificationValues.Center, Docx.Run(authority.ToUpperInvariant(), bold: true)));
        }

        right.Add(Docx.Paragraph(JustificationValues.Center, Docx.Run(signature.Position.ToUpperInvariant(), bold: true)));
        right.Add(Docx.Paragraph(JustificationValues.Center, 60, 0, Docx.Run(signature.Signer, bold: true)));

        yield return Docx.Paragraph(JustificationValues.Left, 6, 0);
        var table = Docx.LayoutTable(4300, DocxPage.TextWidthTwips - 4300);
        table.Append(new TableRow(Docx.Cell(4300, [.. left]), Docx.Cell(DocxPage.TextWidthTwips - 4300, [.. right])));
        yield return table;
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ConsultEngine.Reporting.Rendering;

/// <summary>
/// Building blocks of the DOCX renderer: paragraphs and runs in the typography of Decree 30/2020
/// (Times New Roman, sizes in points, spacing in points). Properties are set through the SDK's typed
/// properties, which keep the schema's element order (the validator checks it).
/// </summary>
internal static class Docx
{
    public const string Font = "Times New Roman";

    /// <summary>The body text size, in points (Decree 30: 13–14).</summary>
    public const int BodySize = 14;

    /// <summary>The size of table text and of the header's left column, in points.</summary>
    public const int SmallSize = 13;

    public static Run Run(string text, int size = BodySize, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties
        {
            RunFonts = new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            Bold = bold ? new Bold() : null,
            Italic = italic ? new Italic() : null,
            FontSize = new FontSize { Val = HalfPoints(size) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = HalfPoints(size) },
        };
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Paragraph Paragraph(JustificationValues alignment, params OpenXmlElement[] runs) =>
        Paragraph(alignment, before: 0, after: 0, runs);

    /// <summary>A paragraph; <paramref name="before"/> and <paramref name="after"/> are spacing in points.</summary>
    public static Paragraph Paragraph(JustificationValues alignment, int before, int after, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            SpacingBetweenLines = Spacing(before, after),
            Justification = new Justification { Val = alignment },
        });
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>A body paragraph: justified, first line indented 1 cm, 6 pt after, line spacing 1.2.</summary>
    public static Paragraph Body(params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            SpacingBetweenLines = Spacing(0, 6),
            Indentation = new Indentation { FirstLine = "567" },
            Justification = new Justification { Val = JustificationValues.Both },
        });
        paragraph.Append(runs);
        return paragraph;
    }

    public static Paragraph Heading(int level, string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = HeadingStyle(level) },
        });
        paragraph.Append(Run(text, bold: true, italic: level >= 3));
        return paragraph;
    }

    public static string HeadingStyle(int level) => $"Heading{Math.Clamp(level, 1, 3)}";

    /// <summary>A short centred rule under a header line (the line under the issuing body and under the motto).</summary>
    public static Paragraph Rule(int indentTwips) => new(new ParagraphProperties
    {
        ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120", Line = "120", LineRule = LineSpacingRuleValues.Exact },
        Indentation = new Indentation { Left = indentTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Right = indentTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    });

    public static SpacingBetweenLines Spacing(int before, int after) => new()
    {
        Before = Twips(before),
        After = Twips(after),
        Line = "288",
        LineRule = LineSpacingRuleValues.Auto,
    };

    public static string HalfPoints(int points) => (points * 2).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Twips(int points) => (points * 20).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A table cell of <paramref name="width"/> twips holding <paramref name="content"/>.</summary>
    public static TableCell Cell(int width, params OpenXmlElement[] content)
    {
        var cell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        });
        cell.Append(content.Length == 0 ? [new Paragraph()] : content);
        return cell;
    }

    /// <summary>A table without borders (the header and the signature block are laid out in one).</summary>
    public static Table LayoutTable(params int[] widths)
    {
        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        });
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        return table;
    }
}

using System.Globalization;
using ConsultEngine.Reporting.Documents;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ConsultEngine.Reporting.Rendering;

/// <summary>A <see cref="TableBlock"/> in DOCX: single borders, a bold header row repeated on each page, 13 pt text.</summary>
internal static class DocxTables
{
    public static Table Table(TableBlock block)
    {
        var total = block.Columns.Sum(c => c.Width);
        var widths = block.Columns.Select(c => (int)Math.Floor(DocxPage.TextWidthTwips * c.Width / (total <= 0 ? 1 : total))).ToArray();
        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        });
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < block.Columns.Count; i++)
        {
            header.Append(Docx.Cell(widths[i], Docx.Paragraph(JustificationValues.Center, Docx.Run(block.Columns[i].Header, Docx.SmallSize, bold: true))));
        }

        table.Append(header);
        foreach (var row in block.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < block.Columns.Count; i++)
            {
                var text = i < row.Count ? row[i] : string.Empty;
                tableRow.Append(Docx.Cell(widths[i], Docx.Paragraph(Alignment(block.Columns[i].Alignment), Docx.Run(text, Docx.SmallSize))));
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static JustificationValues Alignment(ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Right => JustificationValues.Right,
        ColumnAlignment.Center => JustificationValues.Center,
        _ => JustificationValues.Left,
    };
}

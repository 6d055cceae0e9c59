using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ConsultEngine.Plugins.Survey.Files;

/// <summary>
/// Reads the parts of a workbook as a stream of elements (<see cref="OpenXmlReader"/>), never as a whole
/// document, with <c>MaxCharactersInPart</c> set, counting rows, columns and cells against the
/// <see cref="CellBudget"/> before it makes room for them.
/// </summary>
internal static class SheetReader
{
    public static List<string> SharedStrings(SharedStringTablePart part, CellBudget budget)
    {
        var strings = new List<string>();
        using var reader = Open(part, budget);
        while (!reader.EOF)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                budget.Cells(0, 1);
                strings.Add(reader.LoadCurrentElement()?.InnerText ?? string.Empty);
                continue;
            }

            reader.Read();
        }

        return strings;
    }

    public static List<SheetRow> Rows(WorksheetPart part, IReadOnlyList<string> shared, CellBudget budget)
    {
        var rows = new List<SheetRow>();
        List<string>? cells = null;
        var number = 0;
        using var reader = Open(part, budget);
        while (!reader.EOF)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(Row))
            {
                if (cells is not null)
                {
                    rows.Add(new SheetRow(number, cells));
                }

                budget.Row();
                number = RowIndex(reader) ?? number + 1;
                cells = [];
            }
            else if (reader.IsStartElement && reader.ElementType == typeof(Cell) && cells is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = cell.CellReference?.Value is { } reference ? Xlsx.ColumnIndex(reference) : cells.Count;
                // Counted before the blanks that lead to it are added: a far column is refused, not allocated.
                budget.Cells(column, Math.Max(1, column + 1 - cells.Count));
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(Xlsx.Text(cell, shared));
                continue;
            }

            reader.Read();
        }

        if (cells is not null)
        {
            rows.Add(new SheetRow(number, cells));
        }

        return rows;
    }

    private static OpenXmlReader Open(OpenXmlPart part, CellBudget budget)
    {
        OpenXmlReader reader = new OpenXmlPartReader(part, new OpenXmlPartReaderOptions { MaxCharactersInPart = budget.Limits.MaxCharactersInPart });
        reader.Read();
        return reader;
    }

    private static int? RowIndex(OpenXmlReader reader)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "r" && int.TryParse(attribute.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                return index;
            }
        }

        return null;
    }
}

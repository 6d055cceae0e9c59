using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ConsultEngine.Plugins.Survey.Tests;

/// <summary>
/// The tests' own XLSX reader and writer (independent of the plugin's): writes sheets with a shared
/// string table as spreadsheet programs do, and reads any workbook back as rows of text.
/// </summary>
internal static class FormWorkbook
{
    public static byte[] Write(IEnumerable<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var data = new SheetData();
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        var text = rows[r][c];
                        if (text.Length == 0)
                        {
                            continue;
                        }

                        if (!index.TryGetValue(text, out var position))
                        {
                            position = index[text] = index.Count;
                            strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                        }

                        row.AppendChild(new Cell { CellReference = Column(c) + (r + 1), DataType = CellValues.SharedString, CellValue = new CellValue(position) });
                    }

                    data.AppendChild(row);
                }

                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(data);
                list.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        return stream.ToArray();
    }

    /// <summary>Each sheet's rows of text (blank trailing cells and rows trimmed), by sheet name.</summary>
    public static Dictionary<string, List<List<string>>> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<List<string>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                while (rows.Count < (int)row.RowIndex!.Value - 1)
                {
                    rows.Add([]);
                }

                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference!.Value!);
                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                        : cell.CellValue?.Text ?? string.Empty);
                }

                rows.Add(Trim(cells));
            }

            result[sheet.Name!.Value!] = TrimRows(rows);
        }

        return result;
    }

    public static List<string> Trim(List<string> cells)
    {
        while (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    public static List<List<string>> TrimRows(List<List<string>> rows)
    {
        while (rows.Count > 0 && rows[^1].Count == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return rows;
    }

    private static string Column(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static int ColumnIndex(string reference) =>
        reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1)) - 1;
}

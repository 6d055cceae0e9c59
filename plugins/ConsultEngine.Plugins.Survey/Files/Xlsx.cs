using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ConsultEngine.Plugins.Survey.Files;

/// <summary>
/// Reads and writes XLSX workbooks with the Open XML SDK: every cell as text (shared strings,
/// inline strings, booleans as TRUE/FALSE, numbers as written in the file), rows numbered as the
/// spreadsheet shows them. Writes numbers as numbers and everything else as inline strings.
/// </summary>
internal static class Xlsx
{
    /// <summary>The workbook's sheets, in workbook order, read within <see cref="SpreadsheetLimits.Default"/>.</summary>
    /// <exception cref="FormatException">The bytes are not an XLSX workbook.</exception>
    /// <exception cref="UploadLimitException">The workbook goes beyond a limit.</exception>
    public static List<Sheet> Read(byte[] bytes) => Read(bytes, SpreadsheetLimits.Default);

    /// <summary>
    /// The workbook's sheets within <paramref name="limits"/>: the zip's declared sizes are checked before
    /// anything is expanded (<see cref="ZipGuard"/>), every part is read as a stream of elements with the
    /// Open XML SDK's <c>MaxCharactersInPart</c> set, and rows, columns and cells are counted as they come.
    /// </summary>
    /// <exception cref="FormatException">The bytes are not an XLSX workbook.</exception>
    /// <exception cref="UploadLimitException">The workbook goes beyond a limit.</exception>
    public static List<Sheet> Read(byte[] bytes, SpreadsheetLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        if (bytes.Length > limits.MaxBytes)
        {
            throw new UploadLimitException(SurveyCodes.UploadTooLarge, $"The file has {bytes.Length} bytes; at most {limits.MaxBytes} are read.");
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            ZipGuard.Check(stream, limits);
            stream.Position = 0;
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw new FormatException("The file has no workbook.");
            var budget = new CellBudget(limits);
            var shared = workbook.SharedStringTablePart is { } sharedPart ? SheetReader.SharedStrings(sharedPart, budget) : [];
            var sheets = new List<Sheet>();
            foreach (var entry in workbook.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>() ?? [])
            {
                if (entry.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                sheets.Add(new Sheet(entry.Name?.Value ?? string.Empty, SheetReader.Rows(part, shared, budget)));
            }

            return sheets;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or ArgumentException or InvalidOperationException)
        {
            throw new FormatException($"The file is not an XLSX workbook: {ex.Message}", ex);
        }
    }

    /// <summary>A workbook with one sheet per entry; a cell whose value is a <see cref="double"/> or <see cref="long"/> is written as a number.</summary>
    public static byte[] Write(IEnumerable<(string Name, IEnumerable<IReadOnlyList<object?>> Rows)> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint rowIndex = 1;
                foreach (var values in rows)
                {
                    var row = new Row { RowIndex = rowIndex };
                    for (var i = 0; i < values.Count; i++)
                    {
                        if (Cell(values[i], ColumnName(i) + rowIndex.ToString(CultureInfo.InvariantCulture)) is { } cell)
                        {
                            row.AppendChild(cell);
                        }
                    }

                    data.AppendChild(row);
                    rowIndex++;
                }

                part.Worksheet = new Worksheet(data);
                list.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }
        }

        return stream.ToArray();
    }

    private static Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        double number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
        long number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
        _ => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture)!) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    internal static string Text(Cell cell, IReadOnlyList<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Count ? shared[index] : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        return raw;
    }

    /// <summary>
    /// The zero-based column of a reference such as <c>AB12</c>; <see cref="SpreadsheetLimits.SpreadsheetColumns"/>
    /// (one past the last) when its letters name no column a spreadsheet can have (beyond XFD): read
    /// without building anything, so that <c>ZZZZZZ1</c> costs nothing.
    /// </summary>
    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > SpreadsheetLimits.SpreadsheetColumns)
            {
                return SpreadsheetLimits.SpreadsheetColumns;
            }
        }

        return index - 1;
    }

    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }
}

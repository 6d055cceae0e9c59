using System.IO.Compression;
using System.Text;
using ConsultEngine.Plugins.Survey.Files;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ConsultEngine.Plugins.Survey.Tests.Hostile;

/// <summary>
/// Files built to hurt the reader are refused with a code, quickly and without the allocation they ask
/// for: a cell named <c>ZZZZZZ1</c> (321 million columns), a zip bomb, too many rows, columns or bytes.
/// </summary>
public sealed class HostileUploadTests
{
    [Fact]
    public async Task AWorkbookWithCellZZZZZZ1_IsRefusedAsTooManyColumns_WithoutAllocating()
    {
        var workbook = Workbook(new Cell { CellReference = "ZZZZZZ1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("type")) });
        var before = GC.GetAllocatedBytesForCurrentThread();

        var refused = Assert.Throws<UploadLimitException>(() => Xlsx.Read(workbook));

        Assert.Equal(SurveyCodes.UploadTooManyColumns, refused.Code);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50_000_000, "the reader allocated for the far column");
        var bench = await Support.BenchAsync(setQuestionnaire: false);
        var imported = await Support.Refused(() => bench.ExecuteAsync("import-xlsform", Payload("form.xlsx", workbook)));
        Assert.Equal(SurveyCodes.UploadTooManyColumns, imported.Code);
    }

    [Fact]
    public void ACellAtTheLastColumnXFD_IsRead()
    {
        var workbook = Workbook(new Cell { CellReference = "XFD1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("last")) });

        var row = Assert.Single(Assert.Single(Xlsx.Read(workbook)).Rows);

        Assert.Equal(16_384, row.Cells.Count);
        Assert.Equal("last", row.Cells[^1]);
    }

    [Fact]
    public async Task AZipBomb_IsRefusedBeforeItExpands()
    {
        var bomb = ZipBomb(expandedBytes: 40 * 1024 * 1024);
        Assert.True(bomb.Length < 200_000, $"the bomb is {bomb.Length} bytes");

        var refused = Assert.Throws<UploadLimitException>(() => Xlsx.Read(bomb));

        Assert.Equal(SurveyCodes.UploadExpandsTooMuch, refused.Code);
        var bench = await Support.BenchAsync(setQuestionnaire: false);
        var imported = await Support.Refused(() => bench.ExecuteAsync("import-xlsform", Payload("form.xlsx", bomb)));
        Assert.Equal(SurveyCodes.UploadExpandsTooMuch, imported.Code);
    }

    [Fact]
    public void AWorkbookExpandingBeyondItsTotal_IsRefused()
    {
        var workbook = Workbook(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("type")) });

        var refused = Assert.Throws<UploadLimitException>(() => Xlsx.Read(workbook, new SpreadsheetLimits { MaxExpandedBytes = 100 }));

        Assert.Equal(SurveyCodes.UploadExpandsTooMuch, refused.Code);
    }

    [Fact]
    public void TooManyRows_ColumnsOrBytes_AreEachRefusedWithTheirCode()
    {
        var csv = Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n4,5,6\n7,8,9\n");

        Assert.Equal(SurveyCodes.UploadTooManyRows, Assert.Throws<UploadLimitException>(() => Csv.Read(csv, new SpreadsheetLimits { MaxRows = 3 })).Code);
        Assert.Equal(SurveyCodes.UploadTooManyColumns, Assert.Throws<UploadLimitException>(() => Csv.Read(csv, new SpreadsheetLimits { MaxColumns = 2 })).Code);
        Assert.Equal(SurveyCodes.UploadTooLarge, Assert.Throws<UploadLimitException>(() => Csv.Read(csv, new SpreadsheetLimits { MaxBytes = 10 })).Code);
        Assert.Equal(4, Csv.Read(csv, new SpreadsheetLimits { MaxRows = 4, MaxColumns = 3 }).Count);
    }

    [Fact]
    public void AWorkbookWithTooManyRows_IsRefused()
    {
        var workbook = Workbook([.. Enumerable.Range(1, 5).Select(i => new Row(new Cell { CellReference = $"A{i}", CellValue = new CellValue(i) }) { RowIndex = (uint)i })]);

        Assert.Equal(SurveyCodes.UploadTooManyRows, Assert.Throws<UploadLimitException>(() => Xlsx.Read(workbook, new SpreadsheetLimits { MaxRows = 4 })).Code);
        Assert.Equal(5, Assert.Single(Xlsx.Read(workbook, new SpreadsheetLimits { MaxRows = 5 })).Rows.Count);
    }

    [Fact]
    public async Task AResponseFileOverTheByteCap_IsRefusedBeforeItIsDecoded()
    {
        var bench = await Support.BenchAsync();
        var base64 = new string('A', 14 * 1024 * 1024);

        var refused = await Support.Refused(() => bench.ExecuteAsync("import-responses", $$"""{ "fileName": "big.csv", "contentBase64": "{{base64}}" }"""));

        Assert.Equal(SurveyCodes.UploadTooLarge, refused.Code);
    }

    private static string Payload(string fileName, byte[] content) =>
        $$"""{ "fileName": "{{fileName}}", "contentBase64": "{{Convert.ToBase64String(content)}}" }""";

    private static byte[] Workbook(params Cell[] cells) => Workbook(new Row(cells) { RowIndex = 1 });

    private static byte[] Workbook(params Row[] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows.Cast<OpenXmlElement>()));
            sheets.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "survey" });
        }

        return stream.ToArray();
    }

    /// <summary>A small zip whose one sheet expands to <paramref name="expandedBytes"/> of the same character.</summary>
    private static byte[] ZipBomb(int expandedBytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var written = 0; written < expandedBytes; written += block.Length)
            {
                sheet.Write(block);
            }
        }

        return stream.ToArray();
    }
}

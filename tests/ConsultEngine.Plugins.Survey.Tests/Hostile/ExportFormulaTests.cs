using System.Text;
using ConsultEngine.Plugins.Survey.Files;

namespace ConsultEngine.Plugins.Survey.Tests.Hostile;

/// <summary>A citizen's text that a spreadsheet would run as a formula comes out of the CSV export as text.</summary>
public sealed class ExportFormulaTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=HYPERLINK(\"http://x.example\",\"bấm\")", "'=HYPERLINK(\"http://x.example\",\"bấm\")")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+84 90 1234", "'+84 90 1234")]
    public async Task AFormulaInAnExport_ComesOutNeutralised(string comment, string exported)
    {
        var bench = await Support.BenchAsync();
        await bench.SubmitAsync(Support.With(Support.Minimal, "comment", System.Text.Json.JsonSerializer.Serialize(comment)));

        var export = (await bench.ExecuteAsync("export", """{ "format": "csv" }"""))!.Value;
        var rows = Csv.Read(Convert.FromBase64String(export.GetProperty("contentBase64").GetString()!));

        var column = rows[0].Cells.ToList().IndexOf("comment");
        Assert.Equal(exported, rows[1].Cells[column]);
    }

    [Fact]
    public void NumbersAndPlainText_AreWrittenAsThey_Are()
    {
        var text = Encoding.UTF8.GetString(Csv.Write([["-5", "3.5", "Xe buýt", "a-b", ""]]));

        Assert.Equal("\uFEFF-5,3.5,Xe buýt,a-b,\r\n", text);
    }
}

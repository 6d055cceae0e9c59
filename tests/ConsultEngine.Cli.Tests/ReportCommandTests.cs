using System.IO.Compression;
using System.Text;

namespace ConsultEngine.Cli.Tests;

/// <summary><c>consult report</c> and <c>consult results</c> on a consultation of the standard definition that has just started.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void Report_AsDocx_WritesAWordDocument_WhoseStepsNotYetDoneSaySo()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = Start(folder);
        var file = Path.Combine(folder.Folder, "out", "report.docx");

        var output = folder.Run("report", id.ToString(), "--format", "docx", "--out", file);

        Assert.True(output.ExitCode == 0, output.Stderr);
        using var zip = ZipFile.OpenRead(file);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open(), Encoding.UTF8);
        var xml = reader.ReadToEnd();
        Assert.Contains("Kết quả phân tích định lượng", xml, StringComparison.Ordinal);
        Assert.Contains("Bước này chưa thực hiện.", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_AsHtmlInEnglish_WritesOnePrintableFile()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = Start(folder);
        var file = Path.Combine(folder.Folder, "report.html");

        var output = folder.Run("report", id.ToString(), "--format", "html", "--lang", "en", "--out", file);

        Assert.True(output.ExitCode == 0, output.Stderr);
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Quantitative findings", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "pdf", "CE8901")]
    [InlineData("results", "xml", "CE8901")]
    public void AnUnknownFormat_IsBadUsage_WithItsCode(string command, string format, string code)
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = Start(folder);

        var output = folder.Run(command, id.ToString(), "--format", format, "--out", Path.Combine(folder.Folder, "x"));

        Assert.Equal(2, output.ExitCode);
        Assert.Equal([code], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public void AnUnknownLanguage_IsBadUsage_WithCE8902()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = Start(folder);

        var output = folder.Run("report", id.ToString(), "--lang", "fr", "--out", Path.Combine(folder.Folder, "x.docx"));

        Assert.Equal(2, output.ExitCode);
        Assert.Equal(["CE8902"], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Theory]
    [InlineData("report")]
    [InlineData("results")]
    public void AnUnknownInstance_PrintsTheEnginesCE8002_AndExits1(string command)
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        Start(folder);

        var output = folder.Run(command, Guid.NewGuid().ToString(), "--out", Path.Combine(folder.Folder, "x"));

        Assert.Equal(1, output.ExitCode);
        Assert.Equal(["CE8002"], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public void Results_AsCsv_WritesTheParticipationRows()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = Start(folder);
        var file = Path.Combine(folder.Folder, "results.csv");

        var output = folder.Run("results", id.ToString(), "--format", "csv", "--out", file);

        Assert.True(output.ExitCode == 0, output.Stderr);
        var lines = File.ReadAllLines(file);
        Assert.Equal("kind,step,tool,question,option,label_vi,label_en,people,opinions,count,share,ci95_low,ci95_high", lines[0].TrimStart('\uFEFF'));
        Assert.Equal("total,,,,,,,0,0,,,,", lines[1]);
    }

    private static Guid Start(InstanceStoreFolder folder) => folder.Start("hdnd.standard@1", "--var", "province=Nghệ An", "--var", "year=2026");
}

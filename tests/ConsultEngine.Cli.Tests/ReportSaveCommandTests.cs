using ConsultEngine.Persistence.Reports;

namespace ConsultEngine.Cli.Tests;

/// <summary><c>consult report … --save</c> stores what it writes as the consultation's next report version.</summary>
public sealed class ReportSaveCommandTests
{
    [Fact]
    public async Task Report_WithSave_StoresNumberedVersions_WhoseFileIsTheOneWritten()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = folder.Start("hdnd.standard@1", "--var", "province=Nghệ An", "--var", "year=2026");
        var file = Path.Combine(folder.Folder, "report.html");

        var first = folder.Run("report", id.ToString(), "--format", "html", "--out", file, "--save", "--actor", "van-phong");
        var second = folder.Run("report", id.ToString(), "--format", "html", "--out", file, "--save", "--actor", "van-phong");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("report version 2", second.Stdout, StringComparison.Ordinal);
        await using var store = await SqliteReportVersionStore.OpenAsync(folder.Database);
        var versions = await store.ListAsync(id);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("van-phong", versions[1].CreatedBy);
        Assert.Equal(await File.ReadAllBytesAsync(file), (await store.FilesAsync(id, 2))!.Html);
    }
}

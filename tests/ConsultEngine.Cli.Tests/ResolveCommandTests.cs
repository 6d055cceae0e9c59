using System.Text.Json;
using Snapshooter.Xunit;

namespace ConsultEngine.Cli.Tests;

public sealed class ResolveCommandTests
{
    [Fact]
    public void Resolve_Overlay_PrintsTheDefinitionWithThePatchesApplied()
    {
        var output = CliRun.Invoke("resolve", FixtureFiles.ProvinceOverlay);

        Assert.Equal(0, output.ExitCode);
        Assert.Equal(string.Empty, output.Stderr);
        using var json = JsonDocument.Parse(output.Stdout);
        Assert.False(json.RootElement.TryGetProperty("extends", out _));
        Assert.Equal("test.province", json.RootElement.GetProperty("id").GetString());
        var steps = json.RootElement.GetProperty("phases")[0].GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["draft-plan", "local-meeting", "review-plan", "publish"], steps.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("P5D", steps[2].GetProperty("due").GetString());
    }

    [Fact]
    public void Resolve_Overlay_MatchesSnapshot()
    {
        var output = CliRun.Invoke("resolve", FixtureFiles.ProvinceOverlay);

        Assert.Equal(0, output.ExitCode);
        Snapshot.Match(output.Stdout);
    }

    [Fact]
    public void Resolve_ResolvedOverlay_IsAValidDefinition()
    {
        var resolved = CliRun.Invoke("resolve", FixtureFiles.ProvinceOverlay).Stdout;
        var file = Path.Combine(Path.GetTempPath(), $"consult-resolved-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, resolved);

            var output = CliRun.Invoke("validate", file, "--definitions", FixtureFiles.Path("rebase"));

            Assert.Equal(0, output.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Resolve_PlainDefinition_PrintsItNormalised()
    {
        var output = CliRun.Invoke("resolve", FixtureFiles.Consultation);

        Assert.Equal(0, output.ExitCode);
        using var printed = JsonDocument.Parse(output.Stdout);
        using var original = JsonDocument.Parse(File.ReadAllText(FixtureFiles.Consultation));
        Assert.Equal(original.RootElement.GetProperty("id").GetString(), printed.RootElement.GetProperty("id").GetString());
        Assert.Equal(
            original.RootElement.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("steps").EnumerateArray()).Select(s => s.GetProperty("id").GetString()),
            printed.RootElement.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("steps").EnumerateArray()).Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public void Resolve_OntoVersionWherePatchNoLongerApplies_ReportsCE6002AtThePatch()
    {
        var output = CliRun.Invoke("resolve", FixtureFiles.ProvinceOverlay, "--onto", "2");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal(string.Empty, output.Stdout);
        var diagnostic = Assert.Single(CliOutput.Diagnostics(output.Stderr), d => d.Code == "CE6002");
        Assert.Equal("/patches/1/step", diagnostic.Path);
        Assert.Equal(FixtureFiles.LineOf(FixtureFiles.ProvinceOverlay, "\"step\": \"review-plan\""), diagnostic.Line);
        Assert.Equal(FixtureFiles.ProvinceOverlay, diagnostic.File);
    }

    [Fact]
    public void Resolve_OntoVersionWherePatchNoLongerApplies_ReportsOnlyThatPatch()
    {
        var output = CliRun.Invoke("resolve", FixtureFiles.ProvinceOverlay, "--onto", "2");

        Assert.All(CliOutput.Diagnostics(output.Stderr), d => Assert.StartsWith("/patches/1", d.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_OntoTheNamedVersion_GivesTheSameDefinition()
    {
        var plain = CliRun.Invoke("resolve", FixtureFiles.ProvinceOverlay);
        var rebased = CliRun.Invoke("resolve", FixtureFiles.ProvinceOverlay, "--onto", "1");

        Assert.Equal(0, rebased.ExitCode);
        Assert.Equal(plain.Stdout, rebased.Stdout);
    }

    [Fact]
    public void Resolve_OntoVersionThatDoesNotExist_ExitsOne()
    {
        var output = CliRun.Invoke("resolve", FixtureFiles.ProvinceOverlay, "--onto", "9");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal(string.Empty, output.Stdout);
        Assert.NotEqual(string.Empty, output.Stderr);
    }

    [Fact]
    public void Resolve_OntoWithPlainDefinition_ExitsTwo()
    {
        var output = CliRun.Invoke("resolve", FixtureFiles.StandardV1, "--onto", "2");

        Assert.Equal(2, output.ExitCode);
    }

    [Fact]
    public void Resolve_InvalidDocument_PrintsDiagnosticsAndExitsOne()
    {
        var output = CliRun.Invoke("resolve", FixtureFiles.Broken);

        Assert.Equal(1, output.ExitCode);
        Assert.Equal(string.Empty, output.Stdout);
        Assert.Contains(CliOutput.Diagnostics(output.Stderr), d => d.Code == "CE3001");
    }

    [Theory]
    [InlineData("resolve")]
    [InlineData("resolve", "x.json", "--onto", "two")]
    [InlineData("resolve", "x.json", "--onto", "0")]
    [InlineData("resolve", "x.json", "--bogus")]
    public void Resolve_BadUsage_ExitsTwo(params string[] args)
    {
        var output = CliRun.Invoke(args);

        Assert.Equal(2, output.ExitCode);
    }

    [Fact]
    public void Resolve_MissingFile_ExitsTwo()
    {
        var output = CliRun.Invoke("resolve", FixtureFiles.Path("rebase", "no-such-overlay.json"));

        Assert.Equal(2, output.ExitCode);
        Assert.Equal(string.Empty, output.Stdout);
    }
}

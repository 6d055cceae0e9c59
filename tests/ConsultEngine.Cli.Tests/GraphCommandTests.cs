using Snapshooter.Xunit;

namespace ConsultEngine.Cli.Tests;

public sealed class GraphCommandTests
{
    [Fact]
    public void Graph_Mermaid_MatchesSnapshot()
    {
        var output = CliRun.Invoke("graph", FixtureFiles.Consultation, "--format", "mermaid");

        Assert.Equal(0, output.ExitCode);
        Assert.Equal(string.Empty, output.Stderr);
        Snapshot.Match(output.Stdout);
    }

    [Fact]
    public void Graph_MermaidInEnglish_MatchesSnapshot()
    {
        var output = CliRun.Invoke("graph", FixtureFiles.Consultation, "--format", "mermaid", "--lang", "en");

        Assert.Equal(0, output.ExitCode);
        Snapshot.Match(output.Stdout);
    }

    [Fact]
    public void Graph_Dot_MatchesSnapshot()
    {
        var output = CliRun.Invoke("graph", FixtureFiles.Consultation, "--format", "dot");

        Assert.Equal(0, output.ExitCode);
        Assert.Equal(string.Empty, output.Stderr);
        Snapshot.Match(output.Stdout);
    }

    [Fact]
    public void Graph_Overlay_DrawsTheResolvedDefinition()
    {
        var output = CliRun.Invoke("graph", FixtureFiles.ProvinceOverlay, "--format", "mermaid");

        Assert.Equal(0, output.ExitCode);
        Snapshot.Match(output.Stdout);
    }

    [Fact]
    public void Graph_SameDefinitionTwice_GivesTheSameText()
    {
        var first = CliRun.Invoke("graph", FixtureFiles.Consultation, "--format", "dot").Stdout;
        var second = CliRun.Invoke("graph", FixtureFiles.Consultation, "--format", "dot").Stdout;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Graph_InvalidDefinition_PrintsDiagnosticsAndNoPicture()
    {
        var output = CliRun.Invoke("graph", FixtureFiles.Broken, "--format", "mermaid");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal(string.Empty, output.Stdout);
        Assert.Contains(CliOutput.Diagnostics(output.Stderr), d => d.Code == "CE3004");
    }

    [Theory]
    [InlineData("graph", "x.json")]
    [InlineData("graph", "x.json", "--format", "png")]
    [InlineData("graph", "x.json", "--format", "dot", "--lang", "fr")]
    [InlineData("graph", "--format", "dot")]
    public void Graph_BadUsage_ExitsTwo(params string[] args)
    {
        var output = CliRun.Invoke(args);

        Assert.Equal(2, output.ExitCode);
    }

    [Fact]
    public void Graph_MissingFile_ExitsTwo()
    {
        var output = CliRun.Invoke("graph", FixtureFiles.Path("no-such-file.json"), "--format", "dot");

        Assert.Equal(2, output.ExitCode);
    }

    [Fact]
    public void Graph_Folder_ExitsTwo()
    {
        var output = CliRun.Invoke("graph", FixtureFiles.Folder, "--format", "dot");

        Assert.Equal(2, output.ExitCode);
    }
}

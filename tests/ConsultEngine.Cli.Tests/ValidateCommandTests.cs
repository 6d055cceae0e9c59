using System.Text.Json;

namespace ConsultEngine.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_ValidDefinition_ExitsZeroWithoutDiagnostics()
    {
        var output = CliRun.Invoke("validate", FixtureFiles.Consultation);

        Assert.Equal(0, output.ExitCode);
        Assert.Empty(CliOutput.Diagnostics(output.Stdout));
        Assert.Equal(string.Empty, output.Stderr);
    }

    [Fact]
    public void Validate_OverlaysAndTheirBases_ExitsZero()
    {
        var output = CliRun.Invoke("validate", FixtureFiles.Path("rebase"));

        Assert.Equal(0, output.ExitCode);
        Assert.Empty(CliOutput.Diagnostics(output.Stdout));
    }

    [Fact]
    public void Validate_InvalidDefinition_ReportsEveryProblemAtItsLine()
    {
        var file = FixtureFiles.Broken;

        var output = CliRun.Invoke("validate", file);

        Assert.Equal(1, output.ExitCode);
        var found = CliOutput.Diagnostics(output.Stdout).Select(d => (d.Code, d.Line)).ToHashSet();
        (string Code, int Line)[] expected =
        [
            ("CE3001", FixtureFiles.LineOf(file, "\"type\": \"petition\"")),
            ("CE3004", FixtureFiles.LineOf(file, "\"no-such-step\"")),
            ("CE4001", FixtureFiles.LineOf(file, "\"broken\": \"vars.scope === \"")),
            ("CE3010", FixtureFiles.LineOf(file, "\"outcomes\": [ { \"id\": \"again\"")),
            ("CE2007", FixtureFiles.LineOf(file, "\"title\": { \"en\": \"Review (no Vietnamese title)\" }")),
        ];
        Assert.All(expected, e => Assert.Contains(e, found));
    }

    [Fact]
    public void Validate_InvalidDefinition_EveryDiagnosticNamesTheFile()
    {
        var output = CliRun.Invoke("validate", FixtureFiles.Broken);

        var diagnostics = CliOutput.Diagnostics(output.Stdout);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(FixtureFiles.Broken, d.File));
    }

    [Fact]
    public void Validate_JsonFormat_PrintsParsableDiagnosticsWithCodesAndLines()
    {
        var output = CliRun.Invoke("validate", FixtureFiles.Broken, "--format", "json");

        Assert.Equal(1, output.ExitCode);
        using var json = JsonDocument.Parse(output.Stdout);
        var document = Assert.Single(json.RootElement.EnumerateArray());
        Assert.False(document.GetProperty("valid").GetBoolean());
        var diagnostics = document.GetProperty("diagnostics").EnumerateArray().ToList();
        var codes = diagnostics.Select(d => d.GetProperty("code").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "CE2007", "CE3001", "CE3004", "CE3010", "CE4001" }, codes);
        var petition = diagnostics.Single(d => d.GetProperty("code").GetString() == "CE3001");
        Assert.Equal("/phases/0/steps/1/type", petition.GetProperty("path").GetString());
        Assert.Equal(FixtureFiles.LineOf(FixtureFiles.Broken, "\"type\": \"petition\""), petition.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Validate_JsonFormatOfValidDefinition_SaysValid()
    {
        var output = CliRun.Invoke("validate", FixtureFiles.Consultation, "--format", "json");

        Assert.Equal(0, output.ExitCode);
        using var json = JsonDocument.Parse(output.Stdout);
        Assert.True(Assert.Single(json.RootElement.EnumerateArray()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var output = CliRun.Invoke("validate", FixtureFiles.Path("no-such-file.json"));

        Assert.Equal(2, output.ExitCode);
        Assert.Equal(string.Empty, output.Stdout);
        Assert.NotEqual(string.Empty, output.Stderr);
    }

    [Fact]
    public void Validate_MissingDefinitionsFolder_ExitsTwoWithoutStackTrace()
    {
        var output = CliRun.Invoke("validate", FixtureFiles.Consultation, "--definitions", FixtureFiles.Path("no-such-folder"));

        Assert.Equal(2, output.ExitCode);
        Assert.DoesNotContain("   at ", output.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--bogus")]
    [InlineData("validate", "x.json", "--format", "yaml")]
    [InlineData("frobnicate")]
    public void Validate_BadUsage_ExitsTwo(params string[] args)
    {
        var output = CliRun.Invoke(args);

        Assert.Equal(2, output.ExitCode);
        Assert.NotEqual(string.Empty, output.Stderr);
    }
}

using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Cli.Tests;

/// <summary><c>consult plugins list</c>, and the plugin step types the other commands learn from the loaded plugins.</summary>
public sealed class PluginsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("consult-cli-plugins-").FullName;

    private static string DraftDefinition => FixtureFiles.Path("plugins", "draft-comments.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void PluginsList_DefaultFolder_ShowsTheExamplePlugin_AndExitsZero()
    {
        var output = CliRun.Invoke("plugins", "list");

        Assert.Equal(0, output.ExitCode);
        // The SDK column is the SDK the example plugin was built for: this repository's, whatever its version.
        Assert.Matches($@"(?m)^\s+draft-comments\s+1\.1\.0\s+tool:draft-comments@1\s+{Sdk.Major}\.{Sdk.Minor}\s+Góp ý dự thảo$", output.Stdout);
        Assert.Contains("refused: 0", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PluginsList_Json_ListsLoadedAndRefusedWithTheirCodes_AndExitsOne()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Broken.Plugin"));

        var output = CliRun.Invoke("plugins", "list", "--plugins", _folder, "--json");

        Assert.Equal(1, output.ExitCode);
        using var json = JsonDocument.Parse(output.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("loaded").GetArrayLength());
        var refused = Assert.Single(json.RootElement.GetProperty("refused").EnumerateArray());
        Assert.Equal("Broken.Plugin", refused.GetProperty("folder").GetString());
        Assert.Equal("CE9001", refused.GetProperty("code").GetString());
    }

    [Fact]
    public void PluginsList_FolderThatDoesNotExist_ExitsTwo()
    {
        var output = CliRun.Invoke("plugins", "list", "--plugins", Path.Combine(_folder, "missing"));

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("does not exist", output.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DefinitionUsingAPluginStepType_IsValidWithThePlugin()
    {
        var output = CliRun.Invoke("validate", DraftDefinition);

        Assert.Equal(0, output.ExitCode);
    }

    [Fact]
    public void Validate_WithoutThePlugin_ReportsTheUnknownStepType()
    {
        var output = CliRun.Invoke("validate", DraftDefinition, "--plugins", _folder);

        Assert.Equal(1, output.ExitCode);
        Assert.Contains(CliOutput.Diagnostics(output.Stdout), d => d.Code == "CE3001");
    }

    [Fact]
    public void Validate_RefusedPlugin_IsAWarningOnStderr_AndTheStandardToolsStillValidate()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Broken.Plugin"));

        var output = CliRun.Invoke("validate", FixtureFiles.Consultation, "--plugins", _folder);

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("warning CE9001", output.Stderr, StringComparison.Ordinal);
    }
}

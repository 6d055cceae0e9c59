using System.Text.RegularExpressions;
using ConsultEngine.Cli;

namespace ConsultEngine.Cli.Tests;

/// <summary>The built <c>consult</c> program, run as a child process the way a user or a script runs it.</summary>
public sealed partial class ConsultProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Consult_ValidateValidDefinition_ExitsZero()
    {
        var output = await RunAsync("validate", FixtureFiles.Consultation);

        Assert.Equal(0, output.ExitCode);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task Consult_ValidateInvalidDefinition_ExitsOneWithDiagnosticsAndNoStackTrace()
    {
        var output = await RunAsync("validate", FixtureFiles.Broken);

        Assert.Equal(1, output.ExitCode);
        Assert.Contains(CliOutput.Diagnostics(output.Stdout), d => d.Code == "CE3001");
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task Consult_MissingFile_ExitsTwoWithoutStackTrace()
    {
        var output = await RunAsync("graph", FixtureFiles.Path("no-such-file.json"), "--format", "dot");

        Assert.Equal(2, output.ExitCode);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task Consult_GraphWithVietnameseTitles_PrintsThemIntact()
    {
        var output = await RunAsync("graph", FixtureFiles.Consultation, "--format", "dot");

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("Phê duyệt kế hoạch", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consult_InstancesShowUnknownInstance_ExitsOneWithCE8002AndNoStackTrace()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.timed@1");

        var output = await RunAsync("instances", "show", Guid.NewGuid().ToString(), "--db", folder.Database, "--definitions", folder.Definitions);

        Assert.Equal(1, output.ExitCode);
        Assert.Equal(["CE8002"], InstanceStoreFolder.ErrorCodes(output.Stderr));
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task Consult_InstancesOnAFileThatIsNoDatabase_ExitsOneWithoutStackTrace()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        await File.WriteAllTextAsync(folder.Database, "not a database");

        var output = await RunAsync("instances", "list", "--db", folder.Database, "--definitions", folder.Definitions);

        Assert.Equal(1, output.ExitCode);
        Assert.NotEqual(string.Empty, output.Stderr);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task Consult_InstancesStart_ReadsTheEngineSettingsOfTheEnvironment_AndRefusesABatchSizeOfZeroWithCE8121()
    {
        using var folder = InstanceStoreFolder.OnFixtures();

        var run = await ChildProcess.RunDotnetAsync(ConsultDll(), ["instances", "start", "test.timed@1", "--db", folder.Database, "--definitions", folder.Definitions], Timeout,
            new Dictionary<string, string> { ["ConsultEngine__BatchSize"] = "0" });
        var output = new CliOutput(run.ExitCode, run.Stdout, run.Stderr);

        Assert.Equal(ConsultCli.BadUsage, output.ExitCode);
        Assert.Equal(["CE8121"], SettingCodes().Matches(output.Stderr).Select(m => m.Groups["code"].Value));
        Assert.Equal(string.Empty, output.Stdout);
        AssertNoStackTrace(output);
    }

    private static void AssertNoStackTrace(CliOutput output)
    {
        foreach (var text in new[] { output.Stdout, output.Stderr })
        {
            Assert.DoesNotContain("Unhandled exception", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", text);
        }
    }

    private static async Task<CliOutput> RunAsync(params string[] args)
    {
        var run = await ChildProcess.RunDotnetAsync(ConsultDll(), args, Timeout);
        return new CliOutput(run.ExitCode, run.Stdout, run.Stderr);
    }

    /// <summary>The consult.dll built beside this test assembly (the CLI project is referenced, so it is copied here with its runtime config).</summary>
    private static string ConsultDll()
    {
        var dll = typeof(ConsultCli).Assembly.Location;
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), $"{dll} has no runtime config beside it, so it cannot be run.");
        return dll;
    }

    /// <summary>A refused setting's line: <c>consult: CE####: the setting and what is wrong</c>.</summary>
    [GeneratedRegex("^consult: (?<code>CE[0-9]{4}): ", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SettingCodes();
}

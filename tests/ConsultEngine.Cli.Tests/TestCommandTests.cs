using System.Runtime.CompilerServices;

namespace ConsultEngine.Cli.Tests;

/// <summary>
/// <c>consult test &lt;folder&gt;</c> as a province's definition authors use it: a folder with their overlay and a
/// scenario beside it, the standard it extends elsewhere; the first run has no golden journal, <c>--update</c>
/// accepts it, the next run passes, and a changed run fails naming the changed lines.
/// </summary>
public sealed class TestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("consult-test-").FullName;

    public TestCommandTests()
    {
        File.Copy(Repository("definitions", "provinces", "hdnd.da-nang.v1.json"), Path.Combine(_folder, "hdnd.da-nang.v1.json"));
        File.Copy(Repository("tests", "ConsultEngine.Testing.Tests", "Scenarios", "hdnd.da-nang.json"), ScenarioFile);
    }

    private string ScenarioFile => Path.Combine(_folder, "da-nang.main.json");

    private string GoldenFile => Path.Combine(_folder, "da-nang.main.golden.txt");

    private static string Standard => Repository("definitions", "standard");

    [Fact]
    public void AScenarioWithoutAGoldenJournal_FailsWithCE8614_AndUpdateAcceptsIt_ThenItPasses()
    {
        var first = CliRun.Invoke("test", _folder, "--definitions", Standard);
        Assert.Equal(ConsultCli.ProblemsFound, first.ExitCode);
        Assert.Contains("FAIL     da-nang.main.json  CE8614", first.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(GoldenFile));

        var update = CliRun.Invoke("test", _folder, "--definitions", Standard, "--update");
        Assert.Equal(ConsultCli.Ok, update.ExitCode);
        Assert.Contains("NEW      da-nang.main.json", update.Stdout, StringComparison.Ordinal);
        Assert.Contains("status     completed", File.ReadAllText(GoldenFile), StringComparison.Ordinal);

        var again = CliRun.Invoke("test", _folder, "--definitions", Standard);
        Assert.Equal(ConsultCli.Ok, again.ExitCode);
        Assert.Contains("PASS     da-nang.main.json", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 scenario(s): 1 passed, 0 failed", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunThatDiffersFromItsGoldenJournal_FailsWithCE8613_AndShowsTheChangedLines()
    {
        Assert.Equal(ConsultCli.Ok, CliRun.Invoke("test", _folder, "--definitions", Standard, "--update").ExitCode);
        var golden = File.ReadAllText(GoldenFile);
        File.WriteAllText(GoldenFile, golden.Replace("status     completed", "status     running", StringComparison.Ordinal));

        var run = CliRun.Invoke("test", _folder, "--definitions", Standard);

        Assert.Equal(ConsultCli.ProblemsFound, run.ExitCode);
        Assert.Contains("FAIL     da-nang.main.json  CE8613", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("- status     running", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("+ status     completed", run.Stdout, StringComparison.Ordinal);

        var updated = CliRun.Invoke("test", _folder, "--definitions", Standard, "--update");
        Assert.Equal(ConsultCli.Ok, updated.ExitCode);
        Assert.Contains("UPDATED  da-nang.main.json", updated.Stdout, StringComparison.Ordinal);
        Assert.Equal(golden, File.ReadAllText(GoldenFile));
    }

    [Fact]
    public void AnOverlayThatBreaks_AndAScenarioOfAnotherDefinition_AreBothReported_WithTheirCodes()
    {
        File.WriteAllText(Path.Combine(_folder, "stray.json"), """{ "definition": "hdnd.nowhere@1", "actions": [] }""");
        var overlay = Path.Combine(_folder, "hdnd.da-nang.v1.json");
        File.WriteAllText(overlay, File.ReadAllText(overlay).Replace("\"version\": 1", "\"version\": \"one\"", StringComparison.Ordinal));

        var run = CliRun.Invoke("test", _folder, "--definitions", Standard, "--update");

        Assert.Equal(ConsultCli.ProblemsFound, run.ExitCode);
        Assert.Contains("FAIL     stray.json  CE8612", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("INVALID  CE8616 hdnd.da-nang.v1.json: ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderThatDoesNotExist_IsBadUsage_WithCE8610()
    {
        var run = CliRun.Invoke("test", Path.Combine(_folder, "missing"));

        Assert.Equal(ConsultCli.BadUsage, run.ExitCode);
        Assert.Contains("CE8610", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Repository(params string[] parts) => Path.GetFullPath(Path.Combine([Here(), "..", "..", .. parts]));

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

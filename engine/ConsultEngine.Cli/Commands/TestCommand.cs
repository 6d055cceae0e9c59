using System.CommandLine;
using ConsultEngine.Testing.Folders;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// <c>consult test &lt;folder&gt; [--definitions DIR] [--update]</c>: validates the folder's definitions and
/// overlays, plays every scenario beside them and compares each normalised run with its golden
/// journal (<c>&lt;scenario&gt;.golden.txt</c>), naming what changed. Exit 0 when all pass.
/// </summary>
internal static class TestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "The folder of definitions, overlays, scenarios (*.json with 'definition' and 'actions') and their golden journals." };
        var definitions = new Option<string?>("--definitions") { Description = "Folder of the definitions the overlays extend (default: the nearest 'definitions' folder above, if any)." };
        var update = new Option<bool>("--update") { Description = "Accept the runs: write new and changed golden journals instead of failing." };
        var plugins = PluginsOption.Create();
        var command = new Command("test", "Snapshot-test a folder of definitions: every scenario's run against its golden journal; exit 0 when all pass.")
        {
            folder, definitions, update, plugins,
        };
        command.SetAction((result, _) => RunAsync(result.GetValue(folder)!, result.GetValue(definitions), result.GetValue(update), result.GetValue(plugins), stdout, stderr));
        return command;
    }

    private static async Task<int> RunAsync(string folder, string? definitionsRoot, bool update, string? pluginsRoot, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"consult: error {HarnessCodes.FolderNotFound}: the folder '{folder}' does not exist.");
            return ConsultCli.BadUsage;
        }

        if (definitionsRoot is not null && !Directory.Exists(definitionsRoot))
        {
            stderr.WriteLine($"consult: error {HarnessCodes.FolderNotFound}: the definitions folder '{definitionsRoot}' does not exist.");
            return ConsultCli.BadUsage;
        }

        if (!PluginsOption.Check(pluginsRoot, stderr))
        {
            return ConsultCli.BadUsage;
        }

        var stepTypes = PluginsOption.Load(pluginsRoot, stderr).CreateStepTypeRegistry();
        var extended = definitionsRoot ?? NearestDefinitions(folder);
        var tester = new FolderTester(stepTypes);
        var result = await tester.RunAsync(folder, extended, update, one => Print(one, stdout)).ConfigureAwait(false);
        foreach (var problem in result.DefinitionProblems)
        {
            stdout.WriteLine($"INVALID  {problem}");
        }

        var counts = result.Scenarios.GroupBy(s => s.Verdict).ToDictionary(g => g.Key, g => g.Count());
        var summary = $"{result.Scenarios.Count} scenario(s): {counts.GetValueOrDefault(ScenarioVerdict.Passed)} passed, {counts.GetValueOrDefault(ScenarioVerdict.Failed)} failed";
        if (update)
        {
            summary += $", {counts.GetValueOrDefault(ScenarioVerdict.Accepted)} accepted, {counts.GetValueOrDefault(ScenarioVerdict.Updated)} updated";
        }

        if (result.DefinitionProblems.Count > 0)
        {
            summary += $"; {result.DefinitionProblems.Count} definition error(s)";
        }

        stdout.WriteLine(summary);
        return result.Passed ? ConsultCli.Ok : ConsultCli.ProblemsFound;
    }

    private static void Print(FolderScenarioResult result, TextWriter stdout)
    {
        var verdict = result.Verdict switch
        {
            ScenarioVerdict.Passed => "PASS",
            ScenarioVerdict.Accepted => "NEW",
            ScenarioVerdict.Updated => "UPDATED",
            _ => "FAIL",
        };
        stdout.WriteLine($"{verdict,-8} {result.Scenario.Name}" + (result.Code is null ? string.Empty : $"  {result.Code}"));
        foreach (var line in result.Details)
        {
            stdout.WriteLine("         " + line);
        }
    }

    /// <summary>The nearest folder named <c>definitions</c> above <paramref name="folder"/>, when the folder is inside one.</summary>
    private static string? NearestDefinitions(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)).Parent; dir is not null; dir = dir.Parent)
        {
            if (dir.Name == "definitions")
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

using System.CommandLine;
using System.Text.Json;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Testing;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult simulate &lt;definition&gt; --scenario &lt;file&gt;</c>: runs a scenario in memory and prints the journal and the final state.</summary>
internal static class SimulateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("definition") { Description = "A definition or overlay file (an overlay runs resolved)." };
        var scenario = new Option<string>("--scenario") { Description = "The scenario file (JSON) to play.", Required = true };
        var format = new Option<string>("--format") { Description = "Output: text (journal and state) or json (the normalised run).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var definitions = new Option<string?>("--definitions") { Description = "Folder of the definitions overlays extend (default: the nearest 'definitions' folder)." };
        var plugins = PluginsOption.Create();
        var command = new Command("simulate", "Play a scenario against a definition in memory with a controlled clock; exit 0 when every expectation holds.")
        {
            path, scenario, format, definitions, plugins,
        };
        command.SetAction((result, _) => RunAsync(result.GetValue(path)!, result.GetValue(scenario)!, result.GetValue(format)!, result.GetValue(definitions), result.GetValue(plugins), stdout, stderr));
        return command;
    }

    private static async Task<int> RunAsync(string path, string scenarioPath, string format, string? definitionsRoot, string? pluginsRoot, TextWriter stdout, TextWriter stderr)
    {
        var (definition, exitCode, stepTypes) = RunnableDefinition.Load(path, definitionsRoot, onto: null, pluginsRoot, stderr);
        if (definition is null)
        {
            return exitCode;
        }

        Scenario scenario;
        try
        {
            scenario = Scenario.Load(scenarioPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            stderr.WriteLine($"consult: the scenario '{scenarioPath}' cannot be read: {ex.Message}");
            return ConsultCli.BadUsage;
        }

        var catalog = new DefinitionCatalog();
        catalog.Add(definition);
        var result = await new ScenarioRunner(catalog, stepTypes).RunAsync(scenario with { Definition = $"{definition.Id}@{definition.Version}" }).ConfigureAwait(false);
        if (format == "json")
        {
            stdout.WriteLine(result.Run.ToJson());
        }
        else
        {
            stdout.WriteLine($"journal of {definition.Id}@{definition.Version} under {Path.GetFileName(scenarioPath)}:");
            stdout.WriteLine(result.Run.ToText());
            stdout.WriteLine();
            stdout.WriteLine($"status: {result.Run.Status}; phase: {result.Run.Phase ?? "-"}; journal chain {(result.Run.ChainVerifies ? "verifies" : "BROKEN")}");
            stdout.WriteLine($"waiting: {(result.Run.Waiting.Count == 0 ? "-" : string.Join(", ", result.Run.Waiting))}");
            foreach (var (step, state) in result.Run.Steps)
            {
                stdout.WriteLine($"  {step,-40} {state}");
            }

            foreach (var message in result.Run.Outbox)
            {
                stdout.WriteLine($"outbox: {message}");
            }

            foreach (var incident in result.Run.Incidents)
            {
                stdout.WriteLine($"incident: {incident}");
            }
        }

        foreach (var failure in result.Failures)
        {
            stderr.WriteLine($"consult: {failure}");
        }

        return result.Passed ? ConsultCli.Ok : ConsultCli.ProblemsFound;
    }
}

using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Demo;
using ConsultEngine.Reporting.Versions;
using ConsultEngine.Runtime;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// <c>consult demo --db FILE</c>: creates the complete example consultation in an empty database and
/// prints its instance id (stdout, alone, for scripts); how long it took goes to stderr. A database
/// that already holds consultations is refused (CE8801); so is a plugins folder without the standard tools (CE8802).
/// </summary>
internal static class DemoCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var seed = new Option<int>("--seed") { Description = "The seed of the synthetic data: the same seed gives the same data.", DefaultValueFactory = _ => DemoOptions.Full.Seed };
        var small = new Option<bool>("--small") { Description = "A smaller example (300 survey responses, 120 votes) with the same shape." };
        var verbose = new Option<bool>("--verbose") { Description = "Print how long each phase of the example took (to stderr)." };
        var engine = new EngineOptions();
        var command = new Command("demo", "Create a finished example consultation of the standard process with realistic synthetic data; print its instance id.") { seed, small, verbose };
        engine.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var database = Path.GetFullPath(result.GetValue(engine.Database)!);
            var named = result.GetValue(engine.Definitions);
            var definitions = named is null ? EngineOptions.FindDefinitionsFolder(Directory.GetCurrentDirectory()) : Path.GetFullPath(named);
            if (definitions is null || !Directory.Exists(definitions))
            {
                stderr.WriteLine(definitions is null
                    ? "consult: there is no 'definitions' folder here or above; name one with --definitions."
                    : $"consult: the definitions folder '{definitions}' does not exist.");
                return ConsultCli.BadUsage;
            }

            var plugins = result.GetValue(engine.Plugins);
            if (!PluginsOption.Check(plugins, stderr))
            {
                return ConsultCli.BadUsage;
            }

            var options = (result.GetValue(small) ? DemoOptions.Small : DemoOptions.Full) with { Seed = result.GetValue(seed), Finish = ExampleReportVersions.StoreAsync };
            if (result.GetValue(verbose))
            {
                options = options with { OnPhase = phase => stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"consult: {phase.Name,-28} {phase.Took.TotalSeconds,7:0.00} s   CPU {phase.Cpu?.TotalSeconds ?? 0,7:0.00} s")) };
            }

            var clock = Stopwatch.StartNew();
            try
            {
                var id = await DemoConsultation.CreateInDatabaseAsync(o =>
                {
                    o.DatabasePath = database;
                    o.DefinitionsPath = definitions;
                    o.PluginsPath = plugins is null ? PluginsOption.DefaultPath : Path.GetFullPath(plugins);
                }, options, cancellationToken: cancellationToken).ConfigureAwait(false);
                stdout.WriteLine(id);
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"consult: the example consultation was created in {clock.Elapsed.TotalSeconds:0.0} s ('consult instances show {id} --db {result.GetValue(engine.Database)}')."));
                return ConsultCli.Ok;
            }
            catch (DemoException error)
            {
                stderr.WriteLine($"error {error.Code}: {error.Message}");
                foreach (var problem in error.Problems)
                {
                    stderr.WriteLine($"  {problem}");
                }

                return ConsultCli.ProblemsFound;
            }
            catch (ToolException error)
            {
                stderr.WriteLine($"error {error.Code}: {error.Message}");
                Tools.ToolSession.WriteProblems(error.Problems, stderr);
                return ConsultCli.ProblemsFound;
            }
            catch (ConsultEngineException error)
            {
                EngineErrorText.Write(error, stderr);
                return ConsultCli.ProblemsFound;
            }
            catch (DbException error)
            {
                stderr.WriteLine($"consult: the database '{database}' cannot be used: {error.Message}");
                return ConsultCli.ProblemsFound;
            }
        });
        return command;
    }
}

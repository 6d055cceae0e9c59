using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult instances start &lt;id&gt;@&lt;version&gt;</c>: starts a consultation and prints its id and what it waits on.</summary>
internal static class StartInstanceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var definition = CommandArguments.Definition();
        var variables = CommandArguments.Pairs("--var", "name=value", "A variable; the value is read as JSON when it can be (year=2026 is a number), else as text. Repeatable.");
        var variablesFile = new Option<string?>("--variables") { Description = "A JSON file holding an object of variables (--var values override it).", HelpName = "json-file" };
        var title = new Option<string?>("--title") { Description = "A title for this consultation.", HelpName = "text" };
        var actor = EngineOptions.Actor();
        var engine = new EngineOptions();
        var command = new Command("start", "Start an instance of a definition version; print its id and the steps it waits on.") { definition, variables, variablesFile, title, actor };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var given = ReadVariables(result.GetValue(variablesFile), result.GetValue(variables)!, stderr);
            if (given is null)
            {
                return Task.FromResult(ConsultCli.BadUsage);
            }

            return EngineSession.RunAsync(result, engine, DatabaseUse.CreateIfMissing, stderr, async services =>
            {
                var chosen = result.GetValue(definition)!;
                var processes = services.GetRequiredService<ProcessEngine>();
                var started = await processes.StartAsync(chosen.Id, chosen.Version, given, result.GetValue(title), result.GetValue(actor), cancellationToken).ConfigureAwait(false);
                var view = await InstanceView.LoadAsync(processes.Store, services.GetRequiredService<IDefinitionCatalog>(), started, cancellationToken).ConfigureAwait(false);
                InstanceText.WriteSummary(view, stdout);
                return ConsultCli.Ok;
            });
        });
        return command;
    }

    /// <summary>The variables file's object with the <c>--var</c> pairs over it, or <c>null</c> (with the reason on stderr) when the file cannot be used.</summary>
    private static JsonObject? ReadVariables(string? file, IReadOnlyDictionary<string, string> pairs, TextWriter stderr)
    {
        var variables = new JsonObject();
        if (file is not null)
        {
            try
            {
                if (JsonNode.Parse(File.ReadAllText(file)) is not JsonObject read)
                {
                    stderr.WriteLine($"consult: the variables file '{file}' does not hold a JSON object.");
                    return null;
                }

                variables = read;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
            {
                stderr.WriteLine($"consult: the variables file '{file}' cannot be read: {error.Message}");
                return null;
            }
        }

        foreach (var (name, value) in pairs)
        {
            variables[name] = CommandArguments.JsonOrText(value);
        }

        return variables;
    }
}

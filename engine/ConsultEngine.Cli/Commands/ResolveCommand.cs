using System.CommandLine;
using System.Globalization;
using ConsultEngine.Definitions;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult resolve &lt;overlay&gt; [--onto N]</c>: the plain definition an overlay resolves to, as JSON.</summary>
internal static class ResolveCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("overlay") { Description = "An overlay (or a definition, printed normalised)." };
        var definitions = new Option<string?>("--definitions") { Description = "Folder of the definitions overlays extend (default: the nearest 'definitions' folder)." };
        var onto = new Option<int?>("--onto")
        {
            Description = "Rebase: resolve against this version of the extended definition instead of the one the overlay names.",
            CustomParser = result =>
            {
                if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1)
                {
                    return version;
                }

                result.AddError("--onto takes a version number of 1 or more.");
                return null;
            },
        };
        var plugins = PluginsOption.Create();
        var command = new Command("resolve", "Print the resolved definition as JSON; exit 1 with diagnostics when the document is invalid or its patches do not apply.") { path, definitions, onto, plugins };
        command.SetAction(result => Run(result.GetValue(path)!, result.GetValue(definitions), result.GetValue(onto), result.GetValue(plugins), stdout, stderr));
        return command;
    }

    private static int Run(string path, string? definitionsRoot, int? onto, string? pluginsRoot, TextWriter stdout, TextWriter stderr)
    {
        var (definition, exitCode, _) = RunnableDefinition.Load(path, definitionsRoot, onto, pluginsRoot, stderr);
        if (definition is null)
        {
            return exitCode;
        }

        stdout.WriteLine(DefinitionJson.Serialize(definition));
        return ConsultCli.Ok;
    }
}

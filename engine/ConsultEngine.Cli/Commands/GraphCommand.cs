using System.CommandLine;
using ConsultEngine.Definitions.Graph;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult graph &lt;file&gt; --format mermaid|dot [--lang vi|en]</c>: the picture source of a definition's flow.</summary>
internal static class GraphCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "A definition or overlay file (an overlay is resolved first)." };
        var format = new Option<string>("--format") { Description = "Picture format: mermaid or dot.", Required = true };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var language = new Option<string>("--lang") { Description = "Language of titles: vi (default) or en.", DefaultValueFactory = _ => "vi" };
        language.AcceptOnlyFromAmong("vi", "en");
        var definitions = new Option<string?>("--definitions") { Description = "Folder of the definitions overlays extend (default: the nearest 'definitions' folder)." };
        var plugins = PluginsOption.Create();
        var command = new Command("graph", "Print the flow as Mermaid or Graphviz source; exit 1 with diagnostics when the document is invalid.") { path, format, language, definitions, plugins };
        command.SetAction(result => Run(result.GetValue(path)!, result.GetValue(format)!, result.GetValue(language)!, result.GetValue(definitions), result.GetValue(plugins), stdout, stderr));
        return command;
    }

    private static int Run(string path, string format, string language, string? definitionsRoot, string? pluginsRoot, TextWriter stdout, TextWriter stderr)
    {
        var (definition, exitCode, _) = RunnableDefinition.Load(path, definitionsRoot, onto: null, pluginsRoot, stderr);
        if (definition is null)
        {
            return exitCode;
        }

        var graph = ProcessGraph.From(definition);
        var options = new GraphExportOptions { Language = language };
        stdout.Write(format == "dot" ? DotExporter.Export(graph, options) : MermaidExporter.Export(graph, options));
        return ConsultCli.Ok;
    }
}

using System.CommandLine;
using System.Text.Json;
using ConsultEngine.Hosting.Plugins;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// <c>consult plugins list [--plugins DIR] [--json]</c>: the tool plugins that load and those that are
/// refused, with their codes. Exit codes: 0 when none is refused, 1 when any is, 2 bad usage.
/// </summary>
internal static class PluginsListCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var plugins = PluginsOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the plugins as JSON." };
        var command = new Command("list", "List the tool plugins that load and those refused (code and reason); exit 0 when none is refused, 1 when any is.")
        {
            plugins, json,
        };
        command.SetAction(result => Run(result.GetValue(plugins), result.GetValue(json), stdout, stderr));
        return command;
    }

    private static int Run(string? named, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!PluginsOption.Check(named, stderr))
        {
            return ConsultCli.BadUsage;
        }

        var catalog = PluginCatalog.Load(named ?? PluginsOption.DefaultPath);
        if (json)
        {
            WriteJson(catalog, stdout);
        }
        else
        {
            WriteText(catalog, stdout);
        }

        return catalog.Refused.Count == 0 ? ConsultCli.Ok : ConsultCli.ProblemsFound;
    }

    private static void WriteText(PluginCatalog catalog, TextWriter stdout)
    {
        var folder = catalog.PluginsPath ?? PluginsOption.DefaultPath;
        stdout.WriteLine($"plugins folder: {folder}{(Directory.Exists(folder) ? string.Empty : " (does not exist)")}");
        stdout.WriteLine($"loaded: {catalog.Loaded.Count}");
        if (catalog.Loaded.Count > 0)
        {
            var table = new TextTable("  ");
            table.Add("id", "version", "step type", "sdk", "title");
            foreach (var plugin in catalog.Loaded)
            {
                table.Add(plugin.Id, plugin.Version, plugin.StepType, plugin.BuiltForSdk.ToString(), plugin.Title.Vi);
            }

            table.Write(stdout);
        }

        stdout.WriteLine($"refused: {catalog.Refused.Count}");
        if (catalog.Refused.Count > 0)
        {
            var table = new TextTable("  ");
            table.Add("folder", "code", "reason");
            foreach (var refused in catalog.Refused)
            {
                table.Add(refused.Folder, refused.Code, refused.Message);
            }

            table.Write(stdout);
        }
    }

    private static void WriteJson(PluginCatalog catalog, TextWriter stdout)
    {
        var payload = new
        {
            pluginsPath = catalog.PluginsPath,
            loaded = catalog.Loaded.Select(p => new
            {
                id = p.Id,
                version = p.Version,
                stepType = p.StepType,
                title = new { vi = p.Title.Vi, en = p.Title.En },
                sdk = p.BuiltForSdk.ToString(),
                folder = p.Folder,
                assembly = p.AssemblyPath,
            }),
            refused = catalog.Refused.Select(r => new { folder = r.Folder, code = r.Code, message = r.Message }),
        };
        stdout.WriteLine(JsonSerializer.Serialize(payload, CliJson.Options));
    }
}

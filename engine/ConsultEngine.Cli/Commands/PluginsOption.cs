using System.CommandLine;
using ConsultEngine.Hosting.Plugins;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// The <c>--plugins DIR</c> option of the commands that know step types, and the plugins they load:
/// the folder named, else the <c>plugins</c> folder beside the <c>consult</c> program (where the
/// build copies the tool plugins). Refused plugins are reported on stderr with their code; the
/// command goes on without them.
/// </summary>
internal static class PluginsOption
{
    /// <summary>The <c>plugins</c> folder beside the program.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "plugins");

    public static Option<string?> Create() => new("--plugins")
    {
        Description = "The folder of tool plugins (default: the 'plugins' folder beside the consult program).",
        HelpName = "dir",
    };

    /// <summary>Whether a folder named with <c>--plugins</c> exists; if not, says so on stderr.</summary>
    public static bool Check(string? named, TextWriter stderr)
    {
        if (named is null || Directory.Exists(named))
        {
            return true;
        }

        stderr.WriteLine($"consult: the plugins folder '{named}' does not exist.");
        return false;
    }

    /// <summary>The plugins of the folder named (or the default folder), refusals reported on stderr.</summary>
    public static PluginCatalog Load(string? named, TextWriter stderr)
    {
        var catalog = PluginCatalog.Load(named ?? DefaultPath);
        foreach (var refused in catalog.Refused)
        {
            stderr.WriteLine($"consult: warning {refused.Code}: the plugin '{refused.Folder}' was not loaded: {refused.Message}");
        }

        return catalog;
    }
}

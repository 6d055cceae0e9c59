using System.CommandLine;

namespace ConsultEngine.Cli.Commands;

/// <summary>The options every instance command shares: the database of the instances, the definitions they run on and the tool plugins.</summary>
internal sealed class EngineOptions
{
    public Option<string> Database { get; } = new("--db")
    {
        Description = "The SQLite file of the instances.",
        HelpName = "file",
        DefaultValueFactory = _ => "consult.db",
    };

    public Option<string?> Definitions { get; } = new("--definitions")
    {
        Description = "The folder of definitions and overlays (default: 'definitions' in the current folder, else the nearest ancestor 'definitions' folder).",
        HelpName = "dir",
    };

    public Option<string?> Plugins { get; } = PluginsOption.Create();

    /// <summary>Who is recorded in the journal as having done it; the user running the command unless named.</summary>
    public static Option<string> Actor() => new("--actor")
    {
        Description = "Who does it, as the journal records it (the user running the command unless named).",
        HelpName = "name",
        DefaultValueFactory = _ => Environment.UserName,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Definitions);
        command.Options.Add(Plugins);
    }

    /// <summary>The definitions folder: the one named, else <c>definitions</c> here, else the nearest ancestor <c>definitions</c> folder (or one beside an ancestor).</summary>
    public static string? FindDefinitionsFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (dir.Name == "definitions")
            {
                return dir.FullName;
            }

            var child = Path.Combine(dir.FullName, "definitions");
            if (Directory.Exists(child))
            {
                return child;
            }
        }

        return null;
    }
}

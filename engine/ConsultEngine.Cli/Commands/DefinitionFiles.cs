using ConsultEngine.Definitions.Overlays;

namespace ConsultEngine.Cli.Commands;

/// <summary>Finds definition files: a file as given, or every <c>*.json</c> under a folder except the schema folder.</summary>
internal static class DefinitionFiles
{
    public static IReadOnlyList<string> Expand(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        return [.. Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The definitions overlays can extend: those under the given folder, else under the nearest
    /// ancestor folder named <c>definitions</c>, else those beside the file (not below it, so that
    /// validating a file in a large folder does not read the whole tree).
    /// </summary>
    public static DefinitionCatalog LoadCatalog(string path, string? explicitRoot)
    {
        if (explicitRoot is not null)
        {
            return DefinitionCatalog.LoadDirectory(explicitRoot);
        }

        var start = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path))!;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (dir.Name == "definitions")
            {
                return DefinitionCatalog.LoadDirectory(dir.FullName);
            }
        }

        return DefinitionCatalog.LoadDirectory(start, recursive: Directory.Exists(path));
    }
}

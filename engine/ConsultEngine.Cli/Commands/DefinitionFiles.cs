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
    /// The folder overlays look in for the definitions they extend: the given one, else the nearest
    /// ancestor folder named <c>definitions</c>, else the file's own folder.
    /// </summary>
    public static string CatalogRoot(string path, string? explicitRoot)
    {
        if (explicitRoot is not null)
        {
            return explicitRoot;
        }

        var start = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path))!;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (dir.Name == "definitions")
            {
                return dir.FullName;
            }
        }

        return start;
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ConsultEngine.Definitions.Tests;

/// <summary>Paths of the repository's own files, found from this source file so tests run from any folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Definitions => Path.Combine(Root, "definitions");

    public static string SchemaPath => Path.Combine(Definitions, "schema", DefinitionJson.SchemaFileName);

    public static JsonDocument Schema() => JsonDocument.Parse(File.ReadAllText(SchemaPath));

    /// <summary>Every definition and overlay checked into <c>definitions/</c>.</summary>
    public static IEnumerable<string> DefinitionFiles() =>
        Directory.EnumerateFiles(Definitions, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot([CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(here)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConsultEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with ConsultEngine.sln) was not found above " + here);
    }
}

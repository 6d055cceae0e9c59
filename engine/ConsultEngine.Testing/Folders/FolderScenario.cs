using System.Text.Json;
using ConsultEngine.Definitions;

namespace ConsultEngine.Testing.Folders;

/// <summary>
/// A scenario found in a folder of definitions: a JSON file that is neither a definition nor an overlay
/// and has a <c>definition</c> and <c>actions</c>. Its golden journal is the file beside it with the
/// same name and the extension <c>.golden.txt</c>.
/// </summary>
public sealed record FolderScenario(string Name, string Path)
{
    public const string GoldenExtension = ".golden.txt";

    public string GoldenPath => System.IO.Path.ChangeExtension(Path, null) + GoldenExtension;

    /// <summary>The scenarios under <paramref name="folder"/>, by path in ordinal order.</summary>
    public static IReadOnlyList<FolderScenario> Find(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Where(IsScenario)
            .Select(f => new FolderScenario(System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'), f))];

    /// <summary>The other JSON files under <paramref name="folder"/> (its definitions and overlays, meant to be valid), by path in ordinal order.</summary>
    public static IReadOnlyList<string> Definitions(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Where(f => !IsScenario(f))];

    private static bool IsScenario(string file)
    {
        if (DefinitionDocument.TryRead(file) is { } document && (document.Definition is not null || document.Overlay is not null))
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(file);
            using var json = JsonDocument.Parse(stream);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("definition", out _)
                && json.RootElement.TryGetProperty("actions", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

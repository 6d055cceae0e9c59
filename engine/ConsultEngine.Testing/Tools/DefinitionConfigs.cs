using System.Text.Json;

namespace ConsultEngine.Testing.Tools;

/// <summary>
/// The <c>config</c> objects a folder of definitions gives the steps of one type, and those of the
/// overlays' <c>set-config</c> patches of such steps: what a tool's config schema must accept, so
/// that a plugin author can test the schema against the definitions that will use it.
/// </summary>
public static class DefinitionConfigs
{
    /// <summary>Each config with the file it comes from (<c>" (overlay)"</c> added for patches).</summary>
    public static IReadOnlyList<(string File, JsonElement Config)> Of(string stepType, string definitionsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stepType);
        var documents = Directory.GetFiles(definitionsFolder, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains("schema", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (File: Path.GetFileName(f), Json: ToolTestBench.Parse(File.ReadAllText(f))))
            .ToList();
        var steps = new HashSet<string>(StringComparer.Ordinal);
        var configs = new List<(string, JsonElement)>();
        foreach (var (file, json) in documents)
        {
            Walk(json, e =>
            {
                if (e.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == stepType
                    && e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    steps.Add(id.GetString()!);
                    if (e.TryGetProperty("config", out var config))
                    {
                        configs.Add((file, config));
                    }
                }
            });
        }

        foreach (var (file, json) in documents)
        {
            Walk(json, e =>
            {
                if (e.TryGetProperty("op", out var op) && op.ValueKind == JsonValueKind.String && op.GetString() == "set-config"
                    && e.TryGetProperty("step", out var step) && step.ValueKind == JsonValueKind.String && steps.Contains(step.GetString()!)
                    && e.TryGetProperty("config", out var config))
                {
                    configs.Add((file + " (overlay)", config));
                }
            });
        }

        return configs;
    }

    /// <summary>The repository's <c>definitions</c> folder, found by walking up from <paramref name="start"/> to the folder holding <c>ConsultEngine.sln</c>.</summary>
    public static string RepositoryFolder(string start)
    {
        var root = new DirectoryInfo(start);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ConsultEngine.sln")))
        {
            root = root.Parent;
        }

        return root is null
            ? throw new DirectoryNotFoundException($"No ConsultEngine.sln above {start}.")
            : Path.Combine(root.FullName, "definitions");
    }

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            visit(element);
            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, visit);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, visit);
            }
        }
    }
}

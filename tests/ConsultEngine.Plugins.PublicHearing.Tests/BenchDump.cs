using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

/// <summary>Helpers over the bench: everything its store holds as text, and snapshots with ids scrubbed.</summary>
internal static partial class BenchDump
{
    /// <summary>
    /// Every input and record the bench's in-memory store holds, of every step, as JSON. Read from the
    /// store's own fields so that nothing a tool wrote can hide from the test.
    /// </summary>
    public static string Everything(ToolTestBench bench)
    {
        var fields = bench.Store.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic);
        var inputs = fields.Select(f => f.GetValue(bench.Store)).OfType<List<ConsultationInput>>().Single();
        var records = fields.Select(f => f.GetValue(bench.Store)).OfType<IDictionary>().Single();
        var recordValues = records.Values.Cast<ToolRecord>().ToList();
        Assert.NotEmpty(inputs.Concat<object>(recordValues));
        return ToolTestBench.ToJson(new { inputs, records = recordValues.Select(r => new { r.Collection, r.Key, Value = JsonSerializer.Deserialize<JsonElement>(r.Value.GetRawText()) }) });
    }

    /// <summary>The analysis as indented JSON, each GUID replaced by its order of appearance (ids are random, order is not).</summary>
    public static string Scrubbed(ToolAnalysis analysis)
    {
        var json = ToolTestBench.ToJson(analysis);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return GuidPattern().Replace(json, m =>
        {
            if (!seen.TryGetValue(m.Value, out var number))
            {
                seen[m.Value] = number = seen.Count + 1;
            }

            return "id-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    /// <summary>The config objects of every step of <paramref name="stepType"/> in the repository's definitions, and of the overlay patches that change them.</summary>
    public static IReadOnlyList<(string File, JsonElement Config)> RepositoryConfigs(string stepType)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ConsultEngine.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var documents = Directory.GetFiles(Path.Combine(root.FullName, "definitions"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains("schema", StringComparison.Ordinal))
            .Select(f => (File: Path.GetFileName(f), Json: JsonDocument.Parse(File.ReadAllText(f)).RootElement))
            .ToList();
        var steps = new HashSet<string>(StringComparer.Ordinal);
        var configs = new List<(string, JsonElement)>();
        foreach (var (file, json) in documents)
        {
            Walk(json, e =>
            {
                if (e.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == stepType && e.TryGetProperty("id", out var id))
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
                if (e.TryGetProperty("op", out var op) && op.GetString() == "set-config" && e.TryGetProperty("step", out var step) && steps.Contains(step.GetString()!) && e.TryGetProperty("config", out var config))
                {
                    configs.Add((file + " (overlay)", config));
                }
            });
        }

        return configs;
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

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Documents;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Diff;

/// <summary>
/// Compares two definitions element by element: definition fields, roles, variables, rules, forms,
/// phases and steps, matched by id (a step by its id across phases). Changes come in a fixed order:
/// by area as listed in <see cref="ChangeArea"/>, then the newer version's document order, then what
/// was removed in the older version's order. Both definitions are compared as the JSON they write,
/// so every field the language has is covered without a list to keep in step with the model.
/// </summary>
public static class DefinitionDiff
{
    private static readonly HashSet<string> ElementFields = ["$schema", "roles", "variables", "rules", "forms", "phases"];

    public static IReadOnlyList<DefinitionChange> Compare(ProcessDefinition before, ProcessDefinition after) =>
        Compare(before, after, ignoreIdentity: false);

    /// <summary>Compares, leaving out <c>id</c> and <c>version</c> when <paramref name="ignoreIdentity"/> (an overlay against its base).</summary>
    internal static IReadOnlyList<DefinitionChange> Compare(ProcessDefinition before, ProcessDefinition after, bool ignoreIdentity)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Json(before);
        var b = Json(after);
        var changes = new List<DefinitionChange>();
        foreach (var field in Keys(a, b).Where(f => !ElementFields.Contains(f) && !(ignoreIdentity && f is "id" or "version")))
        {
            if (!JsonNode.DeepEquals(a[field], b[field]))
            {
                changes.Add(new DefinitionChange(ChangeArea.Definition, ChangeKind.Changed, null, field, "/" + JsonPositionMap.Escape(field), Text(a[field]), Text(b[field])));
            }
        }

        CompareList(ChangeArea.Role, "/roles", a["roles"] as JsonArray, b["roles"] as JsonArray, changes);
        CompareList(ChangeArea.Variable, "/variables", a["variables"] as JsonArray, b["variables"] as JsonArray, changes);
        CompareMap(ChangeArea.Rule, "/rules", a["rules"] as JsonObject, b["rules"] as JsonObject, fieldwise: false, changes);
        CompareMap(ChangeArea.Form, "/forms", a["forms"] as JsonObject, b["forms"] as JsonObject, fieldwise: true, changes);
        PhaseDiff.Compare(a["phases"] as JsonArray, b["phases"] as JsonArray, changes);
        return changes;
    }

    internal static JsonObject Json(ProcessDefinition definition) =>
        JsonSerializer.SerializeToNode(definition, DefinitionJson.Options)!.AsObject();

    internal static string? Text(JsonNode? node) => node?.ToJsonString(CompactJson);

    /// <summary>The keys of both objects: the first one's order, then keys only the second has.</summary>
    internal static IEnumerable<string> Keys(JsonObject? a, JsonObject? b) =>
        (a?.Select(p => p.Key) ?? []).Concat((b?.Select(p => p.Key) ?? []).Where(k => a is null || !a.ContainsKey(k)));

    /// <summary>One Changed per field that differs between two versions of an element.</summary>
    internal static void CompareFields(ChangeArea area, string id, string path, JsonObject a, JsonObject b, IEnumerable<string> skip, List<DefinitionChange> changes)
    {
        var skipped = skip.ToHashSet(StringComparer.Ordinal);
        foreach (var field in Keys(a, b).Where(f => !skipped.Contains(f)))
        {
            if (!JsonNode.DeepEquals(a[field], b[field]))
            {
                changes.Add(new DefinitionChange(area, ChangeKind.Changed, id, field, $"{path}/{JsonPositionMap.Escape(field)}", Text(a[field]), Text(b[field])));
            }
        }
    }

    private static void CompareList(ChangeArea area, string path, JsonArray? a, JsonArray? b, List<DefinitionChange> changes)
    {
        var before = Index(a);
        var after = Index(b);
        var byId = before.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var (id, index, node) in after)
        {
            var at = $"{path}/{index}";
            if (byId.TryGetValue(id, out var old))
            {
                CompareFields(area, id, at, old.Node, node, [], changes);
            }
            else
            {
                changes.Add(new DefinitionChange(area, ChangeKind.Added, id, null, at, null, Text(node)));
            }
        }

        var kept = after.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, index, node) in before.Where(e => !kept.Contains(e.Id)))
        {
            changes.Add(new DefinitionChange(area, ChangeKind.Removed, id, null, $"{path}/{index}", Text(node), null));
        }
    }

    private static void CompareMap(ChangeArea area, string path, JsonObject? a, JsonObject? b, bool fieldwise, List<DefinitionChange> changes)
    {
        foreach (var key in Keys(b, null))
        {
            var at = $"{path}/{JsonPositionMap.Escape(key)}";
            if (a is null || !a.TryGetPropertyValue(key, out var old))
            {
                changes.Add(new DefinitionChange(area, ChangeKind.Added, key, null, at, null, Text(b![key])));
            }
            else if (fieldwise && old is JsonObject oldObject && b![key] is JsonObject newObject)
            {
                CompareFields(area, key, at, oldObject, newObject, [], changes);
            }
            else if (!JsonNode.DeepEquals(old, b![key]))
            {
                changes.Add(new DefinitionChange(area, ChangeKind.Changed, key, null, at, Text(old), Text(b[key])));
            }
        }

        foreach (var key in Keys(a, null).Where(k => b is null || !b.ContainsKey(k)))
        {
            changes.Add(new DefinitionChange(area, ChangeKind.Removed, key, null, $"{path}/{JsonPositionMap.Escape(key)}", Text(a![key]), null));
        }
    }

    /// <summary>The elements of a list by their <c>id</c>, in list order (a repeated id keeps its first place; the validator reports it).</summary>
    internal static List<(string Id, int Index, JsonObject Node)> Index(JsonArray? list)
    {
        var index = new List<(string, int, JsonObject)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            if (list![i] is JsonObject element && element["id"]?.GetValueKind() == JsonValueKind.String && seen.Add(element["id"]!.GetValue<string>()))
            {
                index.Add((element["id"]!.GetValue<string>(), i, element));
            }
        }

        return index;
    }

    private static readonly JsonSerializerOptions CompactJson = new(DefinitionJson.Options) { WriteIndented = false };
}

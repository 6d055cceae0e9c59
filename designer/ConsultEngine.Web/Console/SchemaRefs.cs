using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// Replaces a schema's local references (<c>{"$ref": "#/$defs/text"}</c>) by what they name, so the
/// generated form sees the shape of every field (the poll's titles and labels are references).
/// Recursive definitions stop at a fixed depth and stay references (edited as JSON).
/// </summary>
internal static class SchemaRefs
{
    private const int MaxDepth = 8;

    public static JsonElement Inline(JsonElement schema)
    {
        if (JsonNode.Parse(schema.GetRawText()) is not JsonObject root)
        {
            return schema;
        }

        var inlined = Resolve(root, root, 0);
        return JsonDocument.Parse(inlined?.ToJsonString() ?? "{}").RootElement.Clone();
    }

    private static JsonNode? Resolve(JsonNode? node, JsonObject root, int depth)
    {
        switch (node)
        {
            case JsonObject o when o["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var pointer) && depth < MaxDepth
                                   && Find(root, pointer) is { } target:
                return Resolve(target.DeepClone(), root, depth + 1);
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (name, value) in o)
                {
                    copy[name] = name is "$defs" or "definitions" ? value?.DeepClone() : Resolve(value, root, depth);
                }

                return copy;
            case JsonArray a:
                return new JsonArray([.. a.Select(item => Resolve(item, root, depth))]);
            default:
                return node?.DeepClone();
        }
    }

    private static JsonNode? Find(JsonObject root, string pointer)
    {
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? current = root;
        foreach (var part in pointer[2..].Split('/'))
        {
            var name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current is JsonObject o ? o[name] : null;
        }

        return current;
    }
}

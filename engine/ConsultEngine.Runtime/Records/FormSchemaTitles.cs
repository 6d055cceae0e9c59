using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Runtime.Records;

/// <summary>
/// The titles a form's JSON Schema gives its fields (the standard <c>title</c>) and its choices (the
/// standard idiom: <c>oneOf</c> or <c>anyOf</c> of <c>{ "const": value, "title": ... }</c>; a bare
/// <c>enum</c> has none). A definition writes them in Vietnamese: the engine builds form schemas in
/// the default JSON Schema 2020-12 dialect, which refuses unknown keywords, so a schema cannot carry
/// a second language; English comes from the host's texts (<see cref="RecordLabeller"/>).
/// </summary>
internal static class FormSchemaTitles
{
    /// <summary>The schema's <c>title</c>, or <c>null</c>.</summary>
    public static string? Title(JsonElement schema) => schema.ValueKind == JsonValueKind.Object ? String(schema, "title") : null;

    /// <summary>Whether the schema only admits listed values: an <c>enum</c>, or a <c>oneOf</c>/<c>anyOf</c> of <c>const</c>s.</summary>
    public static bool IsChoice(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && ((schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array) || Consts(schema).Any());

    /// <summary>The title the schema gives <paramref name="value"/> among its <c>const</c> choices, or <c>null</c>.</summary>
    public static string? ChoiceTitle(JsonElement schema, JsonNode? value)
    {
        foreach (var choice in Consts(schema))
        {
            if (JsonNode.DeepEquals(JsonNode.Parse(choice.GetProperty("const").GetRawText()), value))
            {
                return Title(choice);
            }
        }

        return null;
    }

    /// <summary>The schema's properties in the order it declares them.</summary>
    public static IEnumerable<(string Name, JsonElement Schema)> Properties(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(p => (p.Name, p.Value))
            : [];

    public static JsonElement Items(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object ? items : default;

    public static string? Format(JsonElement schema) => schema.ValueKind == JsonValueKind.Object ? String(schema, "format") : null;

    /// <summary>
    /// The schema a local <c>$ref</c> (<c>#/$defs/name</c>, <c>#/definitions/name</c>) points at in
    /// <paramref name="root"/>; the schema itself when it is no such reference.
    /// </summary>
    public static JsonElement Resolve(JsonElement schema, JsonElement root)
    {
        for (var hops = 0; hops < 16 && schema.ValueKind == JsonValueKind.Object && String(schema, "$ref") is { } reference && reference.StartsWith("#/", StringComparison.Ordinal); hops++)
        {
            var target = root;
            foreach (var segment in reference[2..].Split('/'))
            {
                var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(name, out target))
                {
                    return schema;
                }
            }

            schema = target;
        }

        return schema;
    }

    private static IEnumerable<JsonElement> Consts(JsonElement schema)
    {
        foreach (var keyword in (string[])["oneOf", "anyOf"])
        {
            if (schema.TryGetProperty(keyword, out var choices) && choices.ValueKind == JsonValueKind.Array)
            {
                foreach (var choice in choices.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("const", out _)))
                {
                    yield return choice;
                }
            }
        }
    }

    private static string? String(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}

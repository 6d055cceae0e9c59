using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Runtime.Records;

/// <summary>
/// The titles a form's JSON Schema gives its fields and choices. A definition writes a field's
/// Vietnamese title as the standard <c>title</c> and may add its English one as <c>x-title-en</c>
/// (JSON Schema's <c>title</c> is a single string). A choice gets a title by the standard idiom:
/// <c>oneOf</c> (or <c>anyOf</c>) of <c>{ "const": value, "title": ..., "x-title-en": ... }</c>;
/// a bare <c>enum</c> has none.
/// </summary>
internal static class FormSchemaTitles
{
    public const string EnglishTitle = "x-title-en";

    /// <summary>The schema's title in the reader's language (English falling back to the Vietnamese <c>title</c>), or <c>null</c>.</summary>
    public static string? Title(JsonElement schema, bool english)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (english && String(schema, EnglishTitle) is { } en)
        {
            return en;
        }

        return String(schema, "title");
    }

    /// <summary>Whether the schema only admits listed values: an <c>enum</c>, or a <c>oneOf</c>/<c>anyOf</c> of <c>const</c>s.</summary>
    public static bool IsChoice(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && ((schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array) || Consts(schema).Any());

    /// <summary>The title the schema gives <paramref name="value"/> among its <c>const</c> choices, or <c>null</c>.</summary>
    public static string? ChoiceTitle(JsonElement schema, JsonNode? value, bool english)
    {
        foreach (var choice in Consts(schema))
        {
            if (JsonNode.DeepEquals(JsonNode.Parse(choice.GetProperty("const").GetRawText()), value))
            {
                return Title(choice, english);
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

using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ConsultEngine.Web.StaffConsole.Prefill;

/// <summary>A proposal fitted to a form: the data, what had to go into the text field, and whether the data passes the form's schema.</summary>
internal sealed record PrefillFitted(JsonObject Data, string? TextField, IReadOnlyList<string> MovedToText, bool Valid, IReadOnlyList<string> Problems);

/// <summary>
/// Fits a source's proposal to a step's form without bending the form: a value is kept where the form
/// has a field of that name that accepts it (an array keeps the items its item schema accepts); a value
/// the form cannot hold becomes a line of the form's text field (a string property named
/// <c>summary</c>, else the first free-text string property), so no figure is lost and none is forced
/// into a field that means something else. A required array nobody proposed starts empty when the form
/// allows it. The result is then checked against the whole form schema, as the engine checks it on completion.
/// </summary>
internal static class PrefillFit
{
    private const string PreferredTextField = "summary";

    public static PrefillFitted Fit(PrefillDraft draft, JsonElement formSchema)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var inlined = SchemaRefs.Inline(formSchema);
        var properties = Properties(inlined);
        var data = new JsonObject();
        var moved = new List<string>();
        var lines = new List<string>();

        void Move(string pointer, JsonNode? value)
        {
            moved.Add(pointer);
            if (draft.Texts.TryGetValue(pointer, out var text))
            {
                lines.Add(text);
            }
            else if (value is JsonArray array)
            {
                lines.AddRange(array.Select((item, i) => draft.Texts.GetValueOrDefault($"{pointer}/{i}") ?? item?.ToJsonString() ?? ""));
            }
            else if (value is not null)
            {
                lines.Add(value is JsonValue scalar && scalar.TryGetValue<string>(out var s) ? s : value.ToJsonString());
            }
        }

        foreach (var (name, value) in draft.Data)
        {
            if (!properties.TryGetValue(name, out var property))
            {
                Move("/" + name, value);
            }
            else if (value is JsonArray items && ItemSchema(property) is { } itemSchema)
            {
                var kept = new JsonArray();
                var keptAt = new List<int>();
                for (var i = 0; i < items.Count; i++)
                {
                    if (IsValid(itemSchema, items[i], schemas))
                    {
                        kept.Add(items[i]?.DeepClone());
                        keptAt.Add(i);
                    }
                    else
                    {
                        Move($"/{name}/{i}", items[i]);
                    }
                }

                if (IsValid(property, kept, schemas))
                {
                    data[name] = kept;
                }
                else
                {
                    keptAt.ForEach(i => Move($"/{name}/{i}", items[i]));
                }
            }
            else if (IsValid(property, value, schemas))
            {
                data[name] = value?.DeepClone();
            }
            else
            {
                Move("/" + name, value);
            }
        }

        foreach (var (name, property) in properties.Where(p => !data.ContainsKey(p.Key) && IsRequired(inlined, p.Key)))
        {
            if (Type(property) == "array" && IsValid(property, new JsonArray(), schemas))
            {
                data[name] = new JsonArray();
            }
        }

        var textField = TextField(properties);
        if (lines.Count > 0 && textField is not null)
        {
            var current = data[textField] is JsonValue v && v.TryGetValue<string>(out var existing) && existing.Length > 0 ? existing + "\n\n" : "";
            var text = current + string.Join("\n", lines);
            if (IsValid(properties[textField], JsonValue.Create(text), schemas))
            {
                data[textField] = text;
            }
        }

        var problems = Problems(formSchema, data);
        return new PrefillFitted(data, textField, moved, problems.Count == 0, problems);
    }

    /// <summary>What the form's schema says of <paramref name="data"/> (empty when it passes), as the engine words it on completion.</summary>
    public static IReadOnlyList<string> Problems(JsonElement formSchema, JsonNode? data)
    {
        var schema = JsonSchema.FromText(formSchema.GetRawText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(data?.ToJsonString() ?? "null");
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {e.Value}"))];
    }

    private static bool IsValid(JsonElement schema, JsonNode? value, Dictionary<string, JsonSchema> cache)
    {
        var text = schema.GetRawText();
        if (!cache.TryGetValue(text, out var built))
        {
            built = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            cache[text] = built;
        }

        using var document = JsonDocument.Parse(value?.ToJsonString() ?? "null");
        return built.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static Dictionary<string, JsonElement> Properties(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    private static JsonElement? ItemSchema(JsonElement property) =>
        Type(property) == "array" && property.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object ? items : null;

    private static string? Type(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    private static bool IsRequired(JsonElement schema, string name) =>
        schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array
        && required.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.String && r.GetString() == name);

    // Free text only: a choice, a date or a file is no place for figures.
    private static string? TextField(Dictionary<string, JsonElement> properties)
    {
        static bool IsFreeText(JsonElement schema) =>
            Type(schema) == "string" && !schema.TryGetProperty("enum", out _) && !schema.TryGetProperty("format", out _) && !schema.TryGetProperty("contentEncoding", out _);

        return properties.TryGetValue(PreferredTextField, out var preferred) && IsFreeText(preferred)
            ? PreferredTextField
            : properties.FirstOrDefault(p => IsFreeText(p.Value)).Key;
    }
}

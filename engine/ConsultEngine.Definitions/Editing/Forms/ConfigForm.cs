using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Definitions.Editing.Forms;

/// <summary>
/// The form the designer generates from a step type's config JSON Schema: one field per property of
/// an object schema, typed from <c>type</c> and <c>enum</c>; shapes a plain control cannot edit are
/// edited as JSON. It also turns a field's text back into the JSON value the edit command sets.
/// </summary>
public static class ConfigForm
{
    /// <summary>The fields of <paramref name="schema"/>, in the schema's property order; none when it is not an object schema with properties.</summary>
    public static IReadOnlyList<ConfigField> Fields(JsonElement? schema)
    {
        if (schema is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var required = root.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        return [.. properties.EnumerateObject().Select(p => Field(p.Name, p.Value, required.Contains(p.Name)))];
    }

    /// <summary>The JSON text a field's input gives (for <see cref="SetStepField"/>), or null to remove the property when the input is empty.</summary>
    public static string? ToJson(ConfigField field, string? input)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var text = input.Trim();
        return field.Kind switch
        {
            ConfigFieldKind.Number or ConfigFieldKind.WholeNumber when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
                JsonValue.Create(field.Kind == ConfigFieldKind.WholeNumber ? Math.Truncate(number) : number).ToJsonString(),
            ConfigFieldKind.Number or ConfigFieldKind.WholeNumber => JsonSerializer.Serialize(text, Compact), // left for the validator to report as the wrong type
            ConfigFieldKind.Boolean => text.Equals("true", StringComparison.OrdinalIgnoreCase) ? "true" : "false",
            ConfigFieldKind.TextList or ConfigFieldKind.ChoiceList =>
                JsonSerializer.Serialize(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray(), Compact),
            ConfigFieldKind.Json => text,
            _ => JsonSerializer.Serialize(text, Compact),
        };
    }

    /// <summary>The text a field's input shows for the current config value.</summary>
    public static string ToInput(ConfigField field, JsonElement? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value is not { } v || v.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return string.Empty;
        }

        return field.Kind switch
        {
            ConfigFieldKind.TextList or ConfigFieldKind.ChoiceList when v.ValueKind == JsonValueKind.Array =>
                string.Join('\n', v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
            ConfigFieldKind.Json => JsonSerializer.Serialize(v, Indented),
            _ when v.ValueKind == JsonValueKind.String => v.GetString()!,
            _ => v.GetRawText(),
        };
    }

    // Vietnamese text stays readable in the JSON the designer writes, as in the definition files.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    private static ConfigField Field(string name, JsonElement schema, bool required)
    {
        var kind = KindOf(schema, out var choices);
        return new ConfigField(name, kind)
        {
            Title = Text(schema, "title"),
            Description = Text(schema, "description"),
            Required = required,
            Choices = choices,
            Schema = schema.Clone(),
        };
    }

    private static ConfigFieldKind KindOf(JsonElement schema, out IReadOnlyList<string> choices)
    {
        choices = [];
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return ConfigFieldKind.Json;
        }

        if (Strings(schema, "enum") is { } values)
        {
            choices = values;
            return ConfigFieldKind.Choice;
        }

        switch (Text(schema, "type"))
        {
            case "string":
                return ConfigFieldKind.Text;
            case "number":
                return ConfigFieldKind.Number;
            case "integer":
                return ConfigFieldKind.WholeNumber;
            case "boolean":
                return ConfigFieldKind.Boolean;
            case "array" when schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object:
                if (Strings(items, "enum") is { } itemValues)
                {
                    choices = itemValues;
                    return ConfigFieldKind.ChoiceList;
                }

                return Text(items, "type") == "string" ? ConfigFieldKind.TextList : ConfigFieldKind.Json;
            default:
                return ConfigFieldKind.Json;
        }
    }

    private static string? Text(JsonElement schema, string property) =>
        schema.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string>? Strings(JsonElement schema, string property) =>
        schema.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? [.. value.EnumerateArray().Select(e => e.GetString()!)]
            : null;
}

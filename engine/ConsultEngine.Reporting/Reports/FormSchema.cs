using System.Text.Json;

namespace ConsultEngine.Reporting.Reports;

/// <summary>
/// Labels from a form's JSON Schema: a property's <c>title</c> (a string, or an object of languages),
/// and a choice value's title when the schema gives one (<c>oneOf</c>/<c>anyOf</c> of
/// <c>{ "const", "title" }</c>); the raw value or key otherwise.
/// </summary>
internal readonly record struct FormSchema(JsonElement? Element)
{
    public static FormSchema None => new(null);

    public FormSchema Property(string name) =>
        Element is { ValueKind: JsonValueKind.Object } schema && schema.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var property)
            ? new FormSchema(property)
            : None;

    public FormSchema Items =>
        Element is { ValueKind: JsonValueKind.Object } schema && schema.TryGetProperty("items", out var items) ? new FormSchema(items) : None;

    /// <summary>The property names in the schema's order, then any others the value has.</summary>
    public IEnumerable<string> Order(IEnumerable<string> present)
    {
        var names = new List<string>();
        if (Element is { ValueKind: JsonValueKind.Object } schema && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            names.AddRange(properties.EnumerateObject().Select(p => p.Name));
        }

        var given = present.ToList();
        return names.Where(given.Contains).Concat(given.Where(n => !names.Contains(n)));
    }

    public bool IsDate => Element is { ValueKind: JsonValueKind.Object } schema && schema.TryGetProperty("format", out var format)
        && format.ValueKind == JsonValueKind.String && format.GetString() is "date" or "date-time";

    public string Title(string language, string fallback)
    {
        if (Element is not { ValueKind: JsonValueKind.Object } schema || !schema.TryGetProperty("title", out var title))
        {
            return fallback;
        }

        return title.ValueKind switch
        {
            JsonValueKind.String => title.GetString() ?? fallback,
            JsonValueKind.Object when title.TryGetProperty(language, out var local) && local.ValueKind == JsonValueKind.String => local.GetString() ?? fallback,
            JsonValueKind.Object when title.TryGetProperty("vi", out var vi) && vi.ValueKind == JsonValueKind.String => vi.GetString() ?? fallback,
            _ => fallback,
        };
    }

    /// <summary>The title the schema gives the choice <paramref name="value"/>, or the value itself.</summary>
    public string Choice(string value, string language)
    {
        if (Element is not { ValueKind: JsonValueKind.Object } schema)
        {
            return value;
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var choices) && choices.ValueKind == JsonValueKind.Array)
            {
                foreach (var choice in choices.EnumerateArray())
                {
                    if (choice.ValueKind == JsonValueKind.Object && choice.TryGetProperty("const", out var constant)
                        && constant.ValueKind == JsonValueKind.String && constant.GetString() == value)
                    {
                        return new FormSchema(choice).Title(language, value);
                    }
                }
            }
        }

        return Items.Element is not null ? Items.Choice(value, language) : value;
    }
}

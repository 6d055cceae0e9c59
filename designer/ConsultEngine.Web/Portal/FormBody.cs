using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The body of a tool's form built from a plain HTML form post, without knowing the tool: each field's
/// value goes where its JSON Pointer says (<c>/answers/q1</c> → <c>{"answers":{"q1":…}}</c>), typed by its
/// widget — numbers and scale points as numbers, check boxes and rankings as arrays, a toggle as a
/// boolean, everything else as a string. An empty control leaves its place empty, so the tool decides
/// whether that is allowed. A value that does not parse as a number stays a string for the tool to refuse.
/// </summary>
internal static class FormBody
{
    /// <summary>Reads the posted values of <paramref name="fields"/> into <paramref name="body"/> (replacing what was there).</summary>
    public static void Read(JsonObject body, IEnumerable<FormField> fields, Func<string, IReadOnlyList<string>> posted)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(posted);
        foreach (var field in fields)
        {
            Remove(body, field.Path);
            if (ValueOf(field, posted) is { } value)
            {
                Set(body, field.Path, value);
            }
        }
    }

    /// <summary>The value of one field as the tool reads it, or <see langword="null"/> when left empty.</summary>
    public static JsonNode? ValueOf(FormField field, Func<string, IReadOnlyList<string>> posted)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(posted);
        var given = posted(FieldNames.Name(field.Path)).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
        return field.Widget switch
        {
            FieldWidget.Hidden => field.Value is null ? null : JsonValue.Create(field.Value),
            FieldWidget.Toggle => JsonValue.Create(given.Any(v => v is "true" or "on")),
            FieldWidget.Checkboxes => given.Count == 0 ? null : new JsonArray([.. given.Distinct(StringComparer.Ordinal).Select(v => (JsonNode?)JsonValue.Create(v))]),
            FieldWidget.Ranking => Ranked(field, posted),
            FieldWidget.Number or FieldWidget.Scale => given.Count == 0 ? null : Number(given[0]),
            _ => given.Count == 0 ? null : JsonValue.Create(given[0]),
        };
    }

    /// <summary>The choices in the order of the ranks given (rank 1 first); a choice named twice counts once.</summary>
    private static JsonArray? Ranked(FormField field, Func<string, IReadOnlyList<string>> posted)
    {
        var ranks = Math.Max(1, field.MaxChoices ?? field.Choices.Count);
        var order = new List<string>();
        for (var rank = 1; rank <= ranks; rank++)
        {
            if (posted(FieldNames.RankName(field.Path, rank)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } value && !order.Contains(value, StringComparer.Ordinal))
            {
                order.Add(value.Trim());
            }
        }

        return order.Count == 0 ? null : new JsonArray([.. order.Select(v => (JsonNode?)JsonValue.Create(v))]);
    }

    private static JsonValue Number(string text)
    {
        var normalised = text.Replace(',', '.');
        if (long.TryParse(normalised, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        return double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
    }

    /// <summary>Puts <paramref name="value"/> at <paramref name="pointer"/>, creating the objects on the way.</summary>
    public static void Set(JsonObject body, string pointer, JsonNode? value)
    {
        var segments = Segments(pointer);
        if (segments.Count == 0)
        {
            return;
        }

        var node = body;
        foreach (var segment in segments.Take(segments.Count - 1))
        {
            if (node[segment] is not JsonObject next)
            {
                next = [];
                node[segment] = next;
            }

            node = next;
        }

        node[segments[^1]] = value;
    }

    /// <summary>Removes what is at <paramref name="pointer"/> (nothing when there is nothing).</summary>
    public static void Remove(JsonObject body, string pointer)
    {
        var segments = Segments(pointer);
        JsonNode? node = body;
        foreach (var segment in segments.Take(segments.Count - 1))
        {
            node = node is JsonObject o ? o[segment] : null;
        }

        if (segments.Count > 0 && node is JsonObject parent)
        {
            parent.Remove(segments[^1]);
        }
    }

    /// <summary>What is at <paramref name="pointer"/>, or <see langword="null"/>.</summary>
    public static JsonNode? Get(JsonObject body, string pointer)
    {
        JsonNode? node = body;
        foreach (var segment in Segments(pointer))
        {
            node = node is JsonObject o ? o[segment] : null;
        }

        return node;
    }

    /// <summary>The values at <paramref name="pointer"/> as the controls show them: one string, or each item of an array.</summary>
    public static IReadOnlyList<string> Shown(JsonObject body, string pointer) => Get(body, pointer) switch
    {
        null => [],
        JsonArray array => [.. array.Select(Plain).OfType<string>()],
        var node => Plain(node) is { } text ? [text] : [],
    };

    private static string? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValueKind() == JsonValueKind.True ? "true" : "false",
        _ => node.ToJsonString(),
    };

    /// <summary>The body a page carried in its hidden field, or an empty body when there is none or it is not an object.</summary>
    public static JsonObject Carried(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The segments of a JSON Pointer, unescaped (<c>~1</c> is <c>/</c>, <c>~0</c> is <c>~</c>).</summary>
    public static IReadOnlyList<string> Segments(string pointer) =>
        string.IsNullOrEmpty(pointer) || pointer[0] != '/'
            ? []
            : [.. pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];
}

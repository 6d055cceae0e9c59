using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// The body of a tool's form (SDK 1.2) as the console builds it: each field's value written at its JSON
/// Pointer (<c>/answers/q1</c>, <c>/respondent/gender</c>, <c>/sessionId</c>), read back, and the body
/// turned into the submission it stands for. The host interprets no pointer beyond the submission's
/// own shape: what a field means is the tool's.
/// </summary>
internal static class SurfaceBody
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The value at <paramref name="pointer"/>, or <see langword="null"/>.</summary>
    public static JsonNode? Get(JsonObject body, string pointer)
    {
        ArgumentNullException.ThrowIfNull(body);
        JsonNode? node = body;
        foreach (var token in Tokens(pointer))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(token, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="pointer"/>, making the objects on the way; <see langword="null"/> removes it.</summary>
    public static void Set(JsonObject body, string pointer, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(body);
        var tokens = Tokens(pointer);
        if (tokens.Count == 0)
        {
            return;
        }

        var parent = body;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            if (parent[token] is not JsonObject next)
            {
                if (value is null)
                {
                    return;
                }

                next = [];
                parent[token] = next;
            }

            parent = next;
        }

        if (value is null)
        {
            parent.Remove(tokens[^1]);
        }
        else
        {
            parent[tokens[^1]] = value;
        }
    }

    /// <summary>A copy of the body holding only the values of the fields shown: a skipped question's answer is dropped.</summary>
    public static JsonObject Keep(JsonObject body, IEnumerable<string> pointers)
    {
        ArgumentNullException.ThrowIfNull(body);
        var kept = new JsonObject();
        foreach (var pointer in pointers)
        {
            if (Get(body, pointer) is { } value)
            {
                Set(kept, pointer, value.DeepClone());
            }
        }

        return kept;
    }

    public static JsonElement ToElement(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var document = JsonDocument.Parse(body.ToJsonString());
        return document.RootElement.Clone();
    }

    /// <summary>The submission a body of the public submission shape stands for, entered through <paramref name="channel"/>.</summary>
    public static Submission ToSubmission(JsonObject body, InputChannel channel)
    {
        ArgumentNullException.ThrowIfNull(body);
        var element = ToElement(body);
        return new Submission
        {
            Channel = channel,
            Answers = element.TryGetProperty("answers", out var answers) && answers.ValueKind == JsonValueKind.Object ? answers.Clone() : null,
            Text = String(element, "text"),
            Identifier = String(element, "identifier"),
            Subject = String(element, "subject"),
            Respondent = element.TryGetProperty("respondent", out var respondent) && respondent.ValueKind == JsonValueKind.Object
                ? respondent.Deserialize<RespondentAttributes>(Web) ?? RespondentAttributes.None
                : RespondentAttributes.None,
        };
    }

    private static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    // RFC 6901: "/a~1b/c~0d" is ["a/b", "c~d"]; "" is the whole body.
    private static List<string> Tokens(string pointer) =>
        string.IsNullOrEmpty(pointer) ? [] : [.. pointer.TrimStart('/').Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];
}

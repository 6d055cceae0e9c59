using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Web.Tests.Hostile.Fuzz;

/// <summary>A form of a public step as its surface describes it, and a body that fills every field with a plausible value.</summary>
internal sealed record FuzzForm(string StepId, string FormId, string Target, JsonObject ValidBody, IReadOnlyList<string> FieldNames);

/// <summary>
/// What the portal shows the public, read over HTTP as a client would: the open consultation, its public
/// steps and each step's forms, so the fuzz starts from real addresses and real bodies before it breaks them.
/// </summary>
internal sealed record FuzzWorld(Guid InstanceId, IReadOnlyList<string> Steps, IReadOnlyList<FuzzForm> Forms)
{
    /// <summary>The privacy consent the public bodies carry (ignored by hosts that do not ask for it yet).</summary>
    public static JsonObject Consent() => new() { ["privacy"] = true, ["sensitive"] = false };

    public static async Task<FuzzWorld> ReadAsync(HttpClient client, Guid instanceId)
    {
        using var consultation = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/consultations/{instanceId}", UriKind.Relative)));
        var steps = FindSteps(consultation.RootElement).Distinct(StringComparer.Ordinal).ToList();
        var forms = new List<FuzzForm>();
        foreach (var step in steps)
        {
            using var surface = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/consultations/{instanceId}/steps/{step}", UriKind.Relative)));
            if (!surface.RootElement.TryGetProperty("forms", out var list))
            {
                continue;
            }

            foreach (var form in list.EnumerateArray())
            {
                var fields = form.TryGetProperty("fields", out var f) ? f.EnumerateArray().ToList() : [];
                var body = new JsonObject();
                foreach (var field in fields)
                {
                    Set(body, field.GetProperty("path").GetString()!, Plausible(field));
                }

                body["consent"] = Consent();
                forms.Add(new FuzzForm(step, form.GetProperty("id").GetString()!, form.TryGetProperty("target", out var t) ? t.ToString() : "submission", body,
                    [.. fields.Select(x => x.GetProperty("path").GetString()!)]));
            }
        }

        return new FuzzWorld(instanceId, steps, forms);
    }

    /// <summary>The step ids named anywhere in the consultation's description (its <c>steps</c> list).</summary>
    private static IEnumerable<string> FindSteps(JsonElement consultation)
    {
        if (!consultation.TryGetProperty("steps", out var steps))
        {
            yield break;
        }

        foreach (var step in steps.EnumerateArray())
        {
            if (step.TryGetProperty("stepId", out var id) || step.TryGetProperty("id", out id))
            {
                yield return id.GetString()!;
            }
        }
    }

    private static JsonNode? Plausible(JsonElement field)
    {
        var widget = field.TryGetProperty("widget", out var w) ? w.ToString().ToUpperInvariant() : "TEXT";
        var choices = field.TryGetProperty("choices", out var c) ? c.EnumerateArray().Select(x => x.GetProperty("value").GetString()!).ToList() : [];
        if (choices.Count > 0)
        {
            return widget is "CHECKBOXES" or "RANKING"
                ? new JsonArray([.. choices.Select(x => (JsonNode)JsonValue.Create(x))])
                : JsonValue.Create(choices[0]);
        }

        if (widget == "TOGGLE")
        {
            return JsonValue.Create(true);
        }

        if (field.TryGetProperty("value", out var given) && given.ValueKind == JsonValueKind.String)
        {
            return JsonValue.Create(given.GetString());
        }

        if (widget.Contains("NUMBER", StringComparison.Ordinal) || widget == "SCALE")
        {
            return JsonValue.Create(field.TryGetProperty("minimum", out var min) && min.ValueKind == JsonValueKind.Number ? min.GetDouble() : 3);
        }

        return widget.Contains("DATE", StringComparison.Ordinal) ? JsonValue.Create("2025-06-01") : JsonValue.Create("Xóm 3, xã Nghi Lộc");
    }

    /// <summary>Sets the value at a JSON Pointer, creating the objects on the way.</summary>
    private static void Set(JsonObject body, string pointer, JsonNode? value)
    {
        var parts = pointer.TrimStart('/').Split('/').Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
        var node = body;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject next)
            {
                next = [];
                node[part] = next;
            }

            node = next;
        }

        node[parts[^1]] = value;
    }
}

using System.Text.Json;
using ConsultEngine.Abstractions;
using Json.Schema;

namespace ConsultEngine.Runtime.Interpreter;

/// <summary>
/// A form's schema errors as coded problems, each at the JSON Pointer of the field it concerns. A
/// missing required property is reported at the property itself (where a form shows its field), one
/// problem each, not at the object that lacks it: the names come from the schema's <c>required</c>,
/// never from the validator's message.
/// </summary>
internal static class FormProblems
{
    public static IReadOnlyList<ToolProblem> Of(EvaluationResults result, JsonElement schema, JsonElement instance, string code)
    {
        var problems = new List<ToolProblem>();
        foreach (var detail in (result.Details ?? []).Where(d => d.Errors is not null))
        {
            var at = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors!)
            {
                var missing = keyword == "required" ? Missing(detail, schema, instance, at) : [];
                if (missing.Count == 0)
                {
                    problems.Add(new ToolProblem(code, at.Length > 0 ? at : "/", message));
                    continue;
                }

                problems.AddRange(missing.Select(name => new ToolProblem(code, at + "/" + Escape(name), message)));
            }
        }

        return problems;
    }

    private static List<string> Missing(EvaluationResults detail, JsonElement schema, JsonElement instance, string at)
    {
        var fragment = detail.SchemaLocation.Fragment is { Length: > 1 } f ? Uri.UnescapeDataString(f[1..]) : null;
        var subschema = (fragment is not null ? Resolve(schema, fragment) : null) ?? Resolve(schema, detail.EvaluationPath.ToString());
        var target = Resolve(instance, at);
        if (subschema is not { ValueKind: JsonValueKind.Object } s || !s.TryGetProperty("required", out var required) || required.ValueKind != JsonValueKind.Array
            || target is not { ValueKind: JsonValueKind.Object } o)
        {
            return [];
        }

        return [.. required.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!).Where(name => !o.TryGetProperty(name, out _))];
    }

    /// <summary>The value at a JSON Pointer (RFC 6901), or <c>null</c> when there is none.</summary>
    private static JsonElement? Resolve(JsonElement root, string pointer)
    {
        if (pointer.Length == 0)
        {
            return root;
        }

        if (!pointer.StartsWith('/'))
        {
            return null;
        }

        var current = root;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

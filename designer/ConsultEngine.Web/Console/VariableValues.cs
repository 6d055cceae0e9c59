using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>Turns the texts typed for a definition's variables into JSON values of the variables' types.</summary>
internal static class VariableValues
{
    /// <summary>The typed values; each text that does not read as its type gets an error message (keyed by variable id) instead.</summary>
    public static JsonObject Parse(ProcessDefinition definition, IReadOnlyDictionary<string, string?> texts, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        var result = new JsonObject();
        foreach (var variable in definition.Variables)
        {
            if (!texts.TryGetValue(variable.Id, out var text) || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            text = text.Trim();
            JsonNode? value = variable.Type switch
            {
                "integer" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? JsonValue.Create(i) : null,
                "number" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : null,
                "boolean" => bool.TryParse(text, out var b) ? JsonValue.Create(b) : null,
                "object" or "array" => TryJson(text),
                _ => JsonValue.Create(text),
            };
            if (value is null || (variable.Type == "array" && value is not JsonArray) || (variable.Type == "object" && value is not JsonObject))
            {
                errors[variable.Id] = variable.Type;
                continue;
            }

            result[variable.Id] = value;
        }

        return result;
    }

    private static JsonNode? TryJson(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>
/// (De)serialisation of payloads and records. Strict like the payload schemas: unknown properties,
/// missing required ones and nulls where a value is required are refused (CE9108), so that a payload
/// the host did not check cannot slip a name or a phone number into a record.
/// </summary>
internal static class FocusGroupJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads an action's payload or a stored record.</summary>
    /// <exception cref="ToolException">The JSON does not have the shape of <typeparamref name="T"/> (CE9108).</exception>
    public static T Read<T>(JsonElement json)
    {
        try
        {
            return json.Deserialize<T>(Options) ?? throw Invalid("", "The payload is null.");
        }
        catch (JsonException ex)
        {
            throw Invalid(Pointer(ex.Path), ex.Message);
        }
    }

    public static JsonElement Write<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    private static ToolException Invalid(string path, string message) =>
        new(ToolCodes.PayloadInvalid, "The payload is not valid: " + message, [new ToolProblem(ToolCodes.PayloadInvalid, path, message)]);

    /// <summary>System.Text.Json's path (<c>$.participants[0].code</c>) as a JSON Pointer (<c>/participants/0/code</c>).</summary>
    private static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        return path.TrimStart('$').Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', '/').Replace("'", "", StringComparison.Ordinal);
    }
}

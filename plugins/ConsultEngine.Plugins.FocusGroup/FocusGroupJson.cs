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

    /// <summary>
    /// Stored records are read leniently: a property a later version of the tool wrote is skipped, not
    /// refused, so that records outlive the version that wrote them.
    /// </summary>
    private static readonly JsonSerializerOptions RecordOptions = new(Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    /// <summary>Reads an action's payload.</summary>
    /// <exception cref="ToolException">The JSON does not have the shape of <typeparamref name="T"/> (CE9108).</exception>
    public static T Read<T>(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("", "The payload is not a JSON object.");
        }

        try
        {
            return json.Deserialize<T>(Options) ?? throw Invalid("", "The payload is null.");
        }
        catch (JsonException ex)
        {
            throw Invalid(Pointer(ex.Path), ex.Message);
        }
    }

    /// <summary>Reads a stored record of the tool.</summary>
    public static T ReadRecord<T>(JsonElement json) =>
        json.Deserialize<T>(RecordOptions) ?? throw new JsonException($"A stored {typeof(T).Name} record is null.");

    /// <summary>Whether <paramref name="id"/> is a lower-case id (group, guide question, theme), as the payload schemas require.</summary>
    public static bool IsId(string id) => id.Length is > 0 and <= 40
        && id[0] is (>= 'a' and <= 'z') or (>= '0' and <= '9')
        && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>Refuses an id that is not a lower-case id (a host that skipped the payload schema).</summary>
    public static void RequireId(string id, string path)
    {
        if (!IsId(id))
        {
            throw Invalid(path, $"'{id}' is not an id: lower-case letters, digits and hyphens, at most 40.");
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

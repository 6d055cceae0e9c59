using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>The JSON of the hearing's records and action results (camelCase, nulls left out), generated at compile time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HearingSession))]
[JsonSerializable(typeof(SessionRoster))]
[JsonSerializable(typeof(SessionSpeakers))]
[JsonSerializable(typeof(HearingMinutes))]
[JsonSerializable(typeof(HearingClosing))]
[JsonSerializable(typeof(RosterView))]
[JsonSerializable(typeof(ActionResult))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
internal sealed partial class HearingJson : JsonSerializerContext
{
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, typeof(T), Default);

    public static T FromElement<T>(JsonElement element)
        where T : class =>
        (T)(element.Deserialize(typeof(T), Default) ?? throw new JsonException($"The record is not a {typeof(T).Name}."));
}

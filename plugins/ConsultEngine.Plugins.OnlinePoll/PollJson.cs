using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>The JSON of the poll's records and action results (camelCase, nulls left out), generated at compile time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PollDefinition))]
[JsonSerializable(typeof(PollTally))]
[JsonSerializable(typeof(PollClosing))]
[JsonSerializable(typeof(SetUpResult))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
internal sealed partial class PollJson : JsonSerializerContext
{
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, typeof(T), Default);

    public static T FromElement<T>(JsonElement element)
        where T : class =>
        (T)(element.Deserialize(typeof(T), Default) ?? throw new JsonException($"The record is not a {typeof(T).Name}."));
}

/// <summary>What the `set-up` action returns: where the poll stands, its window, how many questions, and the version of its record.</summary>
internal sealed record SetUpResult(string Status, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Questions, long Version);

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Survey.Model;

/// <summary>The one set of JSON options of the plugin: camelCase, nulls left out, Vietnamese kept readable.</summary>
internal static class SurveyJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        AllowTrailingCommas = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    /// <summary>Reads <paramref name="element"/> as <typeparamref name="T"/>, or gives the reason it cannot.</summary>
    public static T? TryRead<T>(JsonElement element, out string? error)
        where T : class
    {
        try
        {
            error = null;
            return element.Deserialize<T>(Options);
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>A label by language as the SDK's Vietnamese/English text: each falls back to the other, then to any language.</summary>
    public static LocalText? Local(IReadOnlyDictionary<string, string>? label)
    {
        if (label is null || label.Count == 0)
        {
            return null;
        }

        var any = label.Values.First();
        var vi = label.GetValueOrDefault("vi");
        var en = label.GetValueOrDefault("en");
        return new LocalText(vi ?? en ?? any, en ?? vi ?? any);
    }

    /// <summary>The label in <paramref name="language"/>, else Vietnamese, else any.</summary>
    public static string? In(IReadOnlyDictionary<string, string>? label, string language) =>
        label is null || label.Count == 0 ? null : label.GetValueOrDefault(language) ?? label.GetValueOrDefault("vi") ?? label.Values.First();
}

using System.Globalization;
using System.Text.Json;
using ConsultEngine.Rules.Sandbox;
using Jint;
using Jint.Native;
using Jint.Runtime.Descriptors;

namespace ConsultEngine.Rules.Conversion;

/// <summary>
/// Builds the JavaScript value of a JSON document inside one engine, deep-frozen: plain objects and
/// arrays of the engine's own realm, nothing of the CLR behind them.
/// </summary>
internal static class JsonToJs
{
    public static JsValue Convert(Engine engine, JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ConvertObject(engine, element),
        JsonValueKind.Array => ConvertArray(engine, element),
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number => element.TryGetDouble(out var number) ? number : double.Parse(element.GetRawText(), CultureInfo.InvariantCulture),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        _ => JsValue.Null,
    };

    private static JsObject ConvertObject(Engine engine, JsonElement element)
    {
        var result = new JsObject(engine);
        foreach (var property in element.EnumerateObject())
        {
            // Defined (not assigned) as enumerable, read-only and non-configurable: "__proto__" is an
            // ordinary key here, as it is for JSON.parse.
            result.FastSetProperty(property.Name, new PropertyDescriptor(Convert(engine, property.Value), PropertyFlag.Enumerable));
        }

        result.PreventExtensions();
        return result;
    }

    private static JsArray ConvertArray(Engine engine, JsonElement element)
    {
        var items = new JsValue[element.GetArrayLength()];
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            items[i++] = Convert(engine, item);
        }

        var result = new JsArray(engine, items);
        ObjectFreezer.Freeze(result);
        return result;
    }
}

using System.Runtime.InteropServices;
using System.Text.Json;
using ConsultEngine.Rules.Conversion;
using Jint;
using Jint.Native;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// One context slot of one engine (<c>vars</c>, <c>answers</c>, …) and the JSON its value was converted from.
/// A tool's scripts come with a new context each time, mostly carrying the same JSON (the instance's variables on
/// every evaluation, the same answers for every question of one submission): converting it again built the same
/// objects each time. The converted value is deep-frozen and no script keeps anything from one evaluation to the
/// next (the global object and the intrinsics are frozen too), so handing the same value out again is not
/// observable. Equal UTF-8 text is the key; any other text is converted anew.
/// </summary>
internal sealed class ConvertedSlot(bool nullWhenAbsent)
{
    private byte[]? _json;
    private bool _absent;
    private JsValue? _value;

    public JsValue Get(Engine engine, JsonElement? element)
    {
        if (element is not { } given)
        {
            if (_value is null || !_absent)
            {
                _value = null;
                _json = null;
                _value = nullWhenAbsent ? JsValue.Null : EmptyObject(engine);
                _absent = true;
            }

            return _value;
        }

        var raw = JsonMarshal.GetRawUtf8Value(given);
        if (_value is not null && _json is not null && raw.SequenceEqual(_json))
        {
            return _value;
        }

        // Forgotten first, so that a conversion that fails half-way leaves no value for the old text.
        _value = null;
        _json = null;
        var value = JsonToJs.Convert(engine, given);
        _json = raw.ToArray();
        _absent = false;
        _value = value;
        return value;
    }

    /// <summary>The engine is gone: its values with it.</summary>
    public void Clear()
    {
        _value = null;
        _json = null;
        _absent = false;
    }

    private static JsObject EmptyObject(Engine engine)
    {
        var empty = new JsObject(engine);
        empty.PreventExtensions();
        return empty;
    }
}

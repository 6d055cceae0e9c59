using System.Globalization;
using System.Text.Json;

namespace ConsultEngine.Rules.Native;

/// <summary>The JavaScript type of a <see cref="NativeValue"/>: objects and arrays stay JSON, every other value is a primitive.</summary>
internal enum NativeKind : byte
{
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Object,
    Array,
}

/// <summary>
/// A JavaScript value as the native evaluator sees it, read straight from the context's JSON: what
/// <see cref="Conversion.JsonToJs"/> would have built, without building it. A string read from JSON keeps its
/// element and is decoded only when its text is needed (comparing it with a literal does not decode it).
/// </summary>
internal readonly struct NativeValue
{
    private readonly string? _text;
    private readonly JsonElement _element;

    private NativeValue(NativeKind kind, double number, string? text, JsonElement element)
    {
        Kind = kind;
        Number = number;
        _text = text;
        _element = element;
    }

    public static NativeValue Undefined => default;

    public static NativeValue Null => new(NativeKind.Null, 0, null, default);

    public NativeKind Kind { get; }

    /// <summary>A number's value; a boolean's as 1 or 0.</summary>
    public double Number { get; }

    /// <summary>An object's or an array's JSON.</summary>
    public JsonElement Element => _element;

    /// <summary>A string's text (decoded from JSON when it came from there).</summary>
    public string Text => _text ?? _element.GetString()!;

    /// <summary>A string still in its JSON (<see cref="Element"/>), not decoded.</summary>
    public bool IsFromJson => _text is null && Kind == NativeKind.String;

    public bool IsObjectLike => Kind is NativeKind.Object or NativeKind.Array;

    public static NativeValue Of(bool value) => new(NativeKind.Boolean, value ? 1 : 0, null, default);

    public static NativeValue Of(double value) => new(NativeKind.Number, value, null, default);

    public static NativeValue Of(string value) => new(NativeKind.String, 0, value, default);

    /// <summary>The value <see cref="Conversion.JsonToJs"/> gives the element (numbers the same way).</summary>
    public static NativeValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new(NativeKind.Object, 0, null, element),
        JsonValueKind.Array => new(NativeKind.Array, 0, null, element),
        JsonValueKind.String => new(NativeKind.String, 0, null, element),
        JsonValueKind.Number => Of(element.TryGetDouble(out var number) ? number : double.Parse(element.GetRawText(), CultureInfo.InvariantCulture)),
        JsonValueKind.True => Of(true),
        JsonValueKind.False => Of(false),
        _ => Null,
    };

    /// <summary>ToBoolean.</summary>
    public bool IsTruthy => Kind switch
    {
        NativeKind.Boolean => Number != 0,
        NativeKind.Number => !(Number == 0 || double.IsNaN(Number)),
        NativeKind.String => _text is null ? !_element.ValueEquals(ReadOnlySpan<byte>.Empty) : _text.Length != 0,
        NativeKind.Object or NativeKind.Array => true,
        _ => false,
    };

    /// <summary>The <c>typeof</c> of the value.</summary>
    public string TypeOf => Kind switch
    {
        NativeKind.Undefined => "undefined",
        NativeKind.Boolean => "boolean",
        NativeKind.Number => "number",
        NativeKind.String => "string",
        _ => "object",
    };

    /// <summary>Whether two strings have the same UTF-16 code units.</summary>
    public static bool SameText(in NativeValue left, in NativeValue right) => (left._text, right._text) switch
    {
        ({ } a, { } b) => string.Equals(a, b, StringComparison.Ordinal),
        ({ } a, null) => right._element.ValueEquals(a),
        (null, { } b) => left._element.ValueEquals(b),
        _ => string.Equals(left.Text, right.Text, StringComparison.Ordinal),
    };
}

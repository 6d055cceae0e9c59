using System.Globalization;

namespace ConsultEngine.Rules.Native;

/// <summary>
/// <c>x.key</c> or <c>x['key']</c> (or <c>x[0]</c>) with a key fixed in the source. An object built from JSON has its
/// own keys and <c>Object.prototype</c>'s: a key JSON lacks is <c>undefined</c> unless <c>Object.prototype</c> has it
/// (<c>toString</c>, <c>constructor</c>…), which Jint answers. Arrays answer indexes and <c>length</c>, strings
/// <c>length</c>; any other key of theirs, and any key of a number or boolean, is a prototype's, left to Jint. So is
/// any key of <c>null</c> or <c>undefined</c>: that is a TypeError, and Jint's fault is the one reported.
/// </summary>
internal sealed class MemberNode : NativeNode
{
    /// <summary>
    /// The string keys of <c>Object.prototype</c> in ECMAScript 2025, which Jint implements (a test checks this list
    /// against the sandbox's own <c>Object.prototype</c>).
    /// </summary>
    internal static readonly HashSet<string> ObjectPrototypeKeys = new(StringComparer.Ordinal)
    {
        "constructor", "__defineGetter__", "__defineSetter__", "hasOwnProperty", "__lookupGetter__", "__lookupSetter__",
        "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "__proto__", "toLocaleString",
    };

    private readonly NativeNode _target;
    private readonly byte[] _utf8Key;
    private readonly bool _inherited;
    private readonly int _index;
    private readonly bool _length;

    public MemberNode(NativeNode target, string key)
    {
        _target = target;
        _utf8Key = System.Text.Encoding.UTF8.GetBytes(key);
        _inherited = ObjectPrototypeKeys.Contains(key);
        _index = ArrayIndex(key);
        _length = key == "length";
    }

    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        value = default;
        if (!_target.TryEvaluate(context, out var target))
        {
            return false;
        }

        switch (target.Kind)
        {
            case NativeKind.Object:
                if (target.Element.TryGetProperty(_utf8Key, out var property))
                {
                    value = NativeValue.FromJson(property);
                    return true;
                }

                value = NativeValue.Undefined;
                return !_inherited;
            case NativeKind.Array when _length:
                value = NativeValue.Of(target.Element.GetArrayLength());
                return true;
            case NativeKind.Array when _index >= 0:
                value = _index < target.Element.GetArrayLength() ? NativeValue.FromJson(target.Element[_index]) : NativeValue.Undefined;
                return true;
            case NativeKind.String when _length:
                value = NativeValue.Of(target.Text.Length);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The key as an array index when it is one written canonically ("0", "12", not "01"), else -1.</summary>
    private static int ArrayIndex(string key) =>
        key.Length > 0 && (key == "0" || key[0] != '0') && key.All(char.IsAsciiDigit)
            && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : -1;
}

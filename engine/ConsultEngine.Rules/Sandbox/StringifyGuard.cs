using ConsultEngine.Definitions.Diagnostics;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// <c>JSON.stringify</c> builds its text in native code in one call, and a value may hold the same long
/// string many times: <c>JSON.stringify(Array(1000).fill('x'.repeat(1e6)))</c> asks for a billion
/// characters before the memory limit is next checked; nested arrays recurse in native code where no
/// stack guard probes. The guard hands the original a replacer <em>function</em> (wrapping the
/// script's own replacer, if any): every value passes through it before it is written, so it keeps a
/// running length of the text and the nesting depth, and refuses past
/// <see cref="RuleLimits.MaxStringLength"/> (CE7003) or <see cref="RuleLimits.MaxRecursion"/> (CE7004).
/// A replacer <em>list</em> is first applied as an equivalent filtering function to measure, then the
/// original runs with the list. Otherwise the script sees the same result.
/// </summary>
internal sealed class StringifyGuard
{
    private const string Name = "JSON.stringify";
    private readonly Engine _engine;
    private readonly JsValue _original;
    private readonly JsValue _stringValueOf;
    private readonly ObjectInstance _objectPrototype;
    private readonly int _max;
    private readonly int _maxNesting;

    private StringifyGuard(Engine engine, JsValue original, RuleLimits limits)
    {
        _engine = engine;
        _original = original;
        _stringValueOf = engine.Global.Get("String").Get("prototype").Get("valueOf");
        _objectPrototype = (ObjectInstance)engine.Global.Get("Object").Get("prototype");
        _max = limits.MaxStringLength;
        _maxNesting = Math.Max(limits.MaxRecursion, 1);
    }

    public static void Install(Engine engine, RuleLimits limits)
    {
        var json = (ObjectInstance)engine.Global.Get("JSON");
        var guard = new StringifyGuard(engine, json.Get("stringify"), limits);
        json.DefineOwnProperty("stringify", new PropertyDescriptor(
            new ClrFunction(engine, "stringify", guard.Invoke, 3, PropertyFlag.Configurable), writable: true, enumerable: false, configurable: true));
    }

    private JsValue Invoke(JsValue self, JsValue[] args)
    {
        _engine.Constraints.Check();
        var value = args.Length > 0 ? args[0] : JsValue.Undefined;
        var replacer = args.Length > 1 ? args[1] : JsValue.Undefined;
        var space = args.Length > 2 ? args[2] : JsValue.Undefined;
        var measure = new Measure(this, Indent(space));
        if (replacer is ObjectInstance list && list.IsArray())
        {
            var keys = Keys(list);
            _original.Call(self, [value, measure.Function(user: null, keys), space]);
            return _original.Call(self, args);
        }

        return _original.Call(self, [value, measure.Function(replacer.IsCallable() ? replacer : null, keys: null), space]);
    }

    /// <summary>The gap's length (ECMA-262 25.5.2): up to 10 spaces for a number, the first 10 characters of a string.</summary>
    private static int Indent(JsValue space) => space switch
    {
        JsNumber number => (int)Math.Clamp(TypeConverter.ToIntegerOrInfinity(number), 0, 10),
        JsString text => Math.Min(text.Length, 10),
        ObjectInstance => 10,
        _ => 0,
    };

    /// <summary>The property list of a replacer array: its string and number elements, as keys.</summary>
    private static HashSet<string> Keys(ObjectInstance list)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var length = TypeConverter.ToLength(list.Get("length"));
        for (ulong i = 0; i < length && i < int.MaxValue; i++)
        {
            if (list.Get((double)i) is { } element && (element.IsString() || element.IsNumber()))
            {
                keys.Add(TypeConverter.ToString(element));
            }
        }

        return keys;
    }

    /// <summary>The characters one value adds at least, apart from its children (which pass through the replacer themselves).</summary>
    private double Length(JsValue value)
    {
        if (value.IsNumber() || value.IsBoolean() || value.IsNull())
        {
            return 24;
        }

        switch (value)
        {
            case JsString text:
                return text.Length + 2;
            case ObjectInstance wrapper when !wrapper.IsArray() && !ReferenceEquals(wrapper.Prototype, _objectPrototype) && IsStringWrapper(wrapper):
                // A String object is written as the string its ToString gives (which a prototype may change).
                return TypeConverter.ToString(wrapper).Length + 2;
            case ObjectInstance:
                return 2;
            default:
                return 0;
        }
    }

    private bool IsStringWrapper(ObjectInstance value)
    {
        try
        {
            _stringValueOf.Call(value, []);
            return true;
        }
        catch (JavaScriptException)
        {
            return false;
        }
    }

    /// <summary>One call's running length and the depth of each object written so far.</summary>
    private sealed class Measure(StringifyGuard guard, int indent)
    {
        private readonly Dictionary<ObjectInstance, int> _depths = new(ReferenceEqualityComparer.Instance);
        private double _length;
        private bool _root = true;

        public ClrFunction Function(JsValue? user, HashSet<string>? keys) => new(guard._engine, "replacer", (holder, args) =>
        {
            guard._engine.Constraints.Check();
            var key = args.Length > 0 ? TypeConverter.ToString(args[0]) : string.Empty;
            var value = args.Length > 1 ? args[1] : JsValue.Undefined;
            var root = _root;
            _root = false;
            if (keys is not null && !root && !holder.IsArray() && !keys.Contains(key))
            {
                return JsValue.Undefined;
            }

            if (user is not null)
            {
                value = user.Call(holder, args);
            }

            var depth = (holder is ObjectInstance owner && _depths.TryGetValue(owner, out var d) ? d : 0) + 1;
            if (depth > guard._maxNesting)
            {
                throw new SandboxFault(DiagnosticCodes.RuleRecursionLimit, $"{Name} over values nested deeper than {guard._maxNesting}.");
            }

            if (value is ObjectInstance nested)
            {
                _depths[nested] = depth;
            }

            _length += key.Length + 4 + (indent * depth) + guard.Length(value);
            StringGuards.Check(_length, guard._max, Name);
            return value;
        });
    }
}

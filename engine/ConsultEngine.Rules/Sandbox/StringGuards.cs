using System.Text;
using ConsultEngine.Definitions.Diagnostics;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// Jint's memory limit is checked between statements, so one built-in call that builds a huge string
/// (<c>'x'.repeat(2e8)</c>, <c>Array(1000).fill(s).join('')</c>, <c>''.concat(...Array(1000).fill(s))</c>) allocates
/// gigabytes before anything notices. These replacements compute the length of what they would build
/// first and refuse past <see cref="RuleLimits.MaxStringLength"/> with an uncatchable memory-limit
/// fault. They follow the specification's steps otherwise, so a script sees no difference.
/// </summary>
internal sealed class StringGuards
{
    private readonly Engine _engine;
    private readonly int _max;
    private readonly int _maxArray;
    private readonly int _maxNesting;
    private readonly HashSet<ObjectInstance> _joining = new(ReferenceEqualityComparer.Instance);

    private StringGuards(Engine engine, RuleLimits limits)
    {
        _engine = engine;
        _max = limits.MaxStringLength;
        _maxArray = limits.MaxArrayLength;
        _maxNesting = Math.Max(limits.MaxRecursion, 1);
    }

    public static void Install(Engine engine, RuleLimits limits)
    {
        var guards = new StringGuards(engine, limits);
        var strings = StringPrototype(engine);
        Replace(engine, strings, "repeat", 1, guards.Repeat);
        Replace(engine, strings, "padStart", 1, (self, args) => guards.Pad(self, args, atStart: true));
        Replace(engine, strings, "padEnd", 1, (self, args) => guards.Pad(self, args, atStart: false));
        Replace(engine, strings, "concat", 1, guards.Concat);
        foreach (var name in (string[])["replace", "replaceAll"])
        {
            var guard = new ReplaceGuard(engine, strings.Get(name), limits.MaxStringLength, "String.prototype." + name);
            Replace(engine, strings, name, 2, guard.Invoke);
        }

        Replace(engine, (ObjectInstance)engine.Intrinsics.Array.Get("prototype"), "join", 1, guards.Join);
        StringifyGuard.Install(engine, limits);
    }

    private static ObjectInstance StringPrototype(Engine engine) => (ObjectInstance)engine.Global.Get("String").Get("prototype");

    private static void Replace(Engine engine, ObjectInstance owner, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        owner.DefineOwnProperty(name, new PropertyDescriptor(new ClrFunction(engine, name, body, length, PropertyFlag.Configurable), writable: true, enumerable: false, configurable: true));

    private static JsValue Arg(JsValue[] args, int i) => i < args.Length ? args[i] : JsValue.Undefined;

    private string ThisString(JsValue self)
    {
        // A statement of many calls can allocate a lot before the next statement checks the limits:
        // check them at every call of a builder.
        _engine.Constraints.Check();
        TypeConverter.RequireObjectCoercible(_engine, self);
        return TypeConverter.ToString(self);
    }

    /// <summary>Refuses a string longer than the limit with an uncatchable memory-limit fault.</summary>
    public static void Check(double length, int max, string what)
    {
        if (length > max)
        {
            throw new SandboxFault(DiagnosticCodes.RuleMemoryLimit, $"{what} would build a string of {length:0} characters; the limit is {max}.");
        }
    }

    private void Check(double length, string what) => Check(length, _max, what);

    private JsValue Repeat(JsValue self, JsValue[] args)
    {
        var text = ThisString(self);
        var count = TypeConverter.ToIntegerOrInfinity(Arg(args, 0));
        if (count < 0 || double.IsPositiveInfinity(count))
        {
            throw new JavaScriptException(RangeError(), "Invalid count value: " + count);
        }

        if (text.Length == 0 || count == 0)
        {
            return JsString.Empty;
        }

        Check(text.Length * count, "String.prototype.repeat");
        return new StringBuilder(text.Length * (int)count).Insert(0, text, (int)count).ToString();
    }

    private JsValue Pad(JsValue self, JsValue[] args, bool atStart)
    {
        var text = ThisString(self);
        var maxLength = (double)TypeConverter.ToLength(Arg(args, 0));
        if (maxLength <= text.Length)
        {
            return text;
        }

        var filler = Arg(args, 1).IsUndefined() ? " " : TypeConverter.ToString(Arg(args, 1));
        if (filler.Length == 0)
        {
            return text;
        }

        Check(maxLength, atStart ? "String.prototype.padStart" : "String.prototype.padEnd");
        var fill = new StringBuilder((int)maxLength);
        while (fill.Length < maxLength - text.Length)
        {
            fill.Append(filler);
        }

        fill.Length = (int)maxLength - text.Length;
        return atStart ? fill.Append(text).ToString() : fill.Insert(0, text).ToString();
    }

    private JsValue Concat(JsValue self, JsValue[] args)
    {
        var parts = new string[args.Length + 1];
        parts[0] = ThisString(self);
        double total = parts[0].Length;
        for (var i = 0; i < args.Length; i++)
        {
            parts[i + 1] = TypeConverter.ToString(args[i]);
            total += parts[i + 1].Length;
            Check(total, "String.prototype.concat");
        }

        return string.Concat(parts);
    }

    private JsValue Join(JsValue self, JsValue[] args)
    {
        _engine.Constraints.Check();
        TypeConverter.RequireObjectCoercible(_engine, self);
        var length = TypeConverter.ToLength(self.Get("length"));
        var separator = Arg(args, 0).IsUndefined() ? "," : TypeConverter.ToString(Arg(args, 0));

        // An array-like's length is whatever the script says: past the array limit, refuse it rather
        // than loop up to 2^53 times in native code.
        if (length > (ulong)_maxArray)
        {
            throw new SandboxFault(DiagnosticCodes.RuleMemoryLimit, $"Array.prototype.join over {length} elements; the array limit is {_maxArray}.");
        }

        // An array that contains itself joins as the empty string there (as V8 and SpiderMonkey do),
        // instead of recursing in native code where no stack guard would see it.
        var owner = self as ObjectInstance;
        if (length == 0 || (owner is not null && !_joining.Add(owner)))
        {
            return JsString.Empty;
        }

        // Arrays nested in arrays join recursively in native code, where no stack guard probes.
        if (_joining.Count > _maxNesting)
        {
            _joining.Remove(owner!);
            throw new SandboxFault(DiagnosticCodes.RuleRecursionLimit, $"Array.prototype.join over arrays nested deeper than {_maxNesting}.");
        }

        try
        {
            var result = new StringBuilder();
            for (ulong i = 0; i < length; i++)
            {
                if (i > 0)
                {
                    result.Append(separator);
                }

                var element = self.Get((double)i);
                if (!element.IsNull() && !element.IsUndefined())
                {
                    result.Append(TypeConverter.ToString(element));
                }

                Check(result.Length, "Array.prototype.join");
            }

            return result.ToString();
        }
        finally
        {
            if (owner is not null)
            {
                _joining.Remove(owner);
            }
        }
    }

    private Jint.Native.Error.ErrorConstructor RangeError() => (Jint.Native.Error.ErrorConstructor)_engine.Global.Get("RangeError");
}

using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// <c>String.prototype.replace</c> and <c>replaceAll</c> build their result in native code, match by
/// match: <c>'x'.repeat(1e6).replace(/x/g, 'x'.repeat(1000))</c> allocates gigabytes in one call.
/// The guard hands the original a replacement <em>function</em> instead of the script's replacement:
/// for a string it expands the <c>$</c> patterns itself (as GetSubstitution does), for a function it
/// calls it; either way it sees every piece before the original appends it, keeps a running length
/// of the result and refuses past <see cref="RuleLimits.MaxStringLength"/>.
/// </summary>
internal sealed class ReplaceGuard(Engine engine, JsValue original, int max, string name)
{
    private readonly ObjectInstance _regExpPrototype = (ObjectInstance)engine.Global.Get("RegExp").Get("prototype");

    public JsValue Invoke(JsValue self, JsValue[] args)
    {
        engine.Constraints.Check();
        TypeConverter.RequireObjectCoercible(engine, self);
        var search = args.Length > 0 ? args[0] : JsValue.Undefined;
        var replacement = args.Length > 1 ? args[1] : JsValue.Undefined;
        var functional = replacement.IsCallable();
        var template = functional ? null : TypeConverter.ToString(replacement);

        // Matches found by the intrinsic RegExp or by a string search are real, in order and apart,
        // so the result's length is exact. A RegExp with its own exec can report anything: count
        // every piece as added and nothing as removed.
        var exact = search is not ObjectInstance || (search is JsRegExp regExp && !regExp.HasOwnProperty("exec") && ReferenceEquals(regExp.Prototype, _regExpPrototype));
        double length = -1;
        var guarded = new ClrFunction(engine, "replacer", (_, match) =>
        {
            var (matched, position, subject, captures, groups) = Read(match);
            if (length < 0)
            {
                length = subject.Length;
            }

            var piece = functional
                ? TypeConverter.ToString(replacement.Call(JsValue.Undefined, match))
                : Substitute(template!, matched, position, subject, captures, groups);
            length += piece.Length - (exact ? matched.Length : 0);
            StringGuards.Check(length, max, name);
            return piece;
        });
        return original.Call(self, [search, guarded]);
    }

    /// <summary>The arguments a replacer receives: the match, its captures, its position, the subject and, with named groups, the groups object.</summary>
    private static (string Matched, int Position, string Subject, JsValue[] Captures, JsValue Groups) Read(JsValue[] match)
    {
        var hasGroups = match.Length >= 4 && match[^1] is ObjectInstance;
        var end = hasGroups ? match.Length - 1 : match.Length;
        return (
            TypeConverter.ToString(match[0]),
            (int)TypeConverter.ToIntegerOrInfinity(match[end - 2]),
            TypeConverter.ToString(match[end - 1]),
            match[1..(end - 2)],
            hasGroups ? match[^1] : JsValue.Undefined);
    }

    /// <summary>GetSubstitution (ECMA-262 22.1.3.19.1): <c>$$</c>, <c>$&amp;</c>, <c>$`</c>, <c>$'</c>, <c>$n</c>, <c>$nn</c>, <c>$&lt;name&gt;</c>.</summary>
    private static string Substitute(string template, string matched, int position, string subject, JsValue[] captures, JsValue groups)
    {
        if (!template.Contains('$', StringComparison.Ordinal))
        {
            return template;
        }

        var result = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '$' || i + 1 == template.Length)
            {
                result.Append(c);
                continue;
            }

            var next = template[i + 1];
            switch (next)
            {
                case '$':
                    result.Append('$');
                    i++;
                    break;
                case '&':
                    result.Append(matched);
                    i++;
                    break;
                case '`':
                    result.Append(subject, 0, Math.Min(position, subject.Length));
                    i++;
                    break;
                case '\'':
                    var tail = Math.Min(position + matched.Length, subject.Length);
                    result.Append(subject, tail, subject.Length - tail);
                    i++;
                    break;
                case >= '0' and <= '9':
                    i += AppendCapture(result, template, i, captures);
                    break;
                case '<' when !groups.IsUndefined():
                    var close = template.IndexOf('>', i + 2);
                    if (close < 0)
                    {
                        result.Append('$');
                        break;
                    }

                    var capture = groups.Get(template[(i + 2)..close]);
                    result.Append(capture.IsUndefined() ? string.Empty : TypeConverter.ToString(capture));
                    i = close;
                    break;
                default:
                    result.Append('$');
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>Appends <c>$n</c> or <c>$nn</c> at <paramref name="at"/>, or a literal <c>$</c>; returns how many characters after the <c>$</c> it used.</summary>
    private static int AppendCapture(StringBuilder result, string template, int at, JsValue[] captures)
    {
        var one = template[at + 1] - '0';
        if (at + 2 < template.Length && char.IsAsciiDigit(template[at + 2]))
        {
            var two = (one * 10) + (template[at + 2] - '0');
            if (two >= 1 && two <= captures.Length)
            {
                AppendValue(result, captures[two - 1]);
                return 2;
            }
        }

        if (one >= 1 && one <= captures.Length)
        {
            AppendValue(result, captures[one - 1]);
            return 1;
        }

        result.Append('$');
        return 0;
    }

    private static void AppendValue(StringBuilder result, JsValue capture)
    {
        if (!capture.IsUndefined())
        {
            result.Append(TypeConverter.ToString(capture));
        }
    }
}

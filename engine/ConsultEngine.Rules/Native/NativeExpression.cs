using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace ConsultEngine.Rules.Native;

/// <summary>
/// A tool's script compiled by <see cref="NativeCompiler"/>, evaluated over the context's JSON without a Jint engine.
/// Every method answers <see langword="false"/> when Jint must decide instead; when it answers, the value is the one
/// Jint would give. Immutable, safe to share between threads.
/// </summary>
internal sealed class NativeExpression(NativeNode root)
{
    /// <summary>The script's truthiness, as <c>TestToolScript</c> reports it.</summary>
    public bool TryTest(RuleContext context, out bool result)
    {
        var known = TryRun(context, out var value);
        result = known && value.IsTruthy;
        return known;
    }

    /// <summary>The script's value as JSON, as <c>EvaluateToolScript</c> reports it (objects, arrays, NaN and Infinity go to Jint).</summary>
    public bool TryEvaluate(RuleContext context, out JsonNode? result)
    {
        result = null;
        if (!TryRun(context, out var value))
        {
            return false;
        }

        switch (value.Kind)
        {
            case NativeKind.Undefined or NativeKind.Null:
                return true;
            case NativeKind.Boolean:
                result = JsonValue.Create(value.IsTruthy);
                return true;
            case NativeKind.Number when double.IsFinite(value.Number):
                result = JsonValue.Create(value.Number);
                return true;
            case NativeKind.String:
                result = JsonValue.Create(value.Text);
                return true;
            default:
                return false;
        }
    }

    private bool TryRun(RuleContext context, out NativeValue value)
    {
        value = default;
        if (!Convertible(context.Vars) || !Convertible(context.Answers) || !Convertible(context.Self)
            || !Convertible(context.Steps) || !Convertible(context.Tools) || !Convertible(context.Output))
        {
            return false;
        }

        return root.TryEvaluate(context, out value);
    }

    /// <summary>
    /// Whether Jint's conversion of the slot succeeds: it decodes every string of the context, and a string that is not
    /// valid UTF-8 or that escapes a lone surrogate (<c>"\ud800"</c>) throws there. Any surrogate escape at all, or a
    /// <c>\u</c> that is only text after an escaped backslash, sends the evaluation to Jint: rare in answers, and
    /// simpler to be sure of than pairing escapes.
    /// </summary>
    private static bool Convertible(JsonElement? slot)
    {
        if (slot is not { } element)
        {
            return true;
        }

        var raw = JsonMarshal.GetRawUtf8Value(element);
        return raw.IndexOf("\\uD"u8) < 0 && raw.IndexOf("\\ud"u8) < 0 && Utf8.IsValid(raw);
    }
}

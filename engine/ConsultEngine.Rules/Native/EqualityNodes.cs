namespace ConsultEngine.Rules.Native;

/// <summary><c>===</c> and <c>!==</c>. Two objects (or two arrays) are equal by identity, which JSON does not carry: left to Jint.</summary>
internal sealed class StrictEqualityNode(NativeNode left, NativeNode right, bool negated) : NativeNode
{
    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        value = default;
        if (!left.TryEvaluate(context, out var a) || !right.TryEvaluate(context, out var b))
        {
            return false;
        }

        bool equal;
        if (a.Kind != b.Kind)
        {
            equal = false;
        }
        else
        {
            switch (a.Kind)
            {
                case NativeKind.Undefined or NativeKind.Null:
                    equal = true;
                    break;
                case NativeKind.Boolean or NativeKind.Number:
                    // IEEE equality is JavaScript's: NaN differs from itself, -0 equals 0.
                    equal = a.Number == b.Number;
                    break;
                case NativeKind.String:
                    equal = NativeValue.SameText(a, b);
                    break;
                default:
                    return false;
            }
        }

        value = NativeValue.Of(equal != negated);
        return true;
    }
}

/// <summary>
/// <c>x === 'text'</c> and <c>x !== 'text'</c>, the commonest skip logic: a string read from JSON is compared with the
/// literal's UTF-8 as it stands in the JSON, without decoding it (the compiler takes only well-formed literals, and the
/// context's JSON is checked to decode, so equal UTF-8 is equal UTF-16).
/// </summary>
internal sealed class StringLiteralEqualityNode(NativeNode operand, string literal, bool negated) : NativeNode
{
    private readonly byte[] _utf8 = System.Text.Encoding.UTF8.GetBytes(literal);

    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        if (!operand.TryEvaluate(context, out var inner))
        {
            value = default;
            return false;
        }

        var equal = inner.Kind == NativeKind.String && (inner.IsFromJson
            ? inner.Element.ValueEquals(_utf8)
            : string.Equals(inner.Text, literal, StringComparison.Ordinal));
        value = NativeValue.Of(equal != negated);
        return true;
    }
}

/// <summary><c>x == null</c>, <c>x != undefined</c> and the like: loose equality with <c>null</c> or <c>undefined</c> holds for exactly those two.</summary>
internal sealed class NullishEqualityNode(NativeNode operand, bool negated) : NativeNode
{
    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        if (!operand.TryEvaluate(context, out var inner))
        {
            value = default;
            return false;
        }

        value = NativeValue.Of((inner.Kind is NativeKind.Undefined or NativeKind.Null) != negated);
        return true;
    }
}

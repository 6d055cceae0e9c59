namespace ConsultEngine.Rules.Native;

internal enum RelationalOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>
/// <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> between two strings (UTF-16 code units, ordinal) or two values
/// whose ToNumber is plain (numbers, booleans, <c>null</c> → 0, <c>undefined</c> → NaN). A string against anything
/// else needs JavaScript's string-to-number rules, and an object its <c>valueOf</c>/<c>toString</c>: left to Jint.
/// </summary>
internal sealed class RelationalNode(NativeNode left, NativeNode right, RelationalOperator op) : NativeNode
{
    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        value = default;
        if (!left.TryEvaluate(context, out var a) || !right.TryEvaluate(context, out var b) || a.IsObjectLike || b.IsObjectLike)
        {
            return false;
        }

        if (a.Kind == NativeKind.String || b.Kind == NativeKind.String)
        {
            if (a.Kind != b.Kind)
            {
                return false;
            }

            var order = string.CompareOrdinal(a.Text, b.Text);
            value = NativeValue.Of(op switch
            {
                RelationalOperator.Less => order < 0,
                RelationalOperator.LessOrEqual => order <= 0,
                RelationalOperator.Greater => order > 0,
                _ => order >= 0,
            });
            return true;
        }

        var (x, y) = (ToNumber(a), ToNumber(b));
        // C#'s comparisons of doubles are JavaScript's: false whenever NaN is involved, -0 equal to 0.
        value = NativeValue.Of(op switch
        {
            RelationalOperator.Less => x < y,
            RelationalOperator.LessOrEqual => x <= y,
            RelationalOperator.Greater => x > y,
            _ => x >= y,
        });
        return true;
    }

    private static double ToNumber(in NativeValue value) => value.Kind switch
    {
        NativeKind.Undefined => double.NaN,
        NativeKind.Null => 0,
        _ => value.Number,
    };
}

internal enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

/// <summary><c>+</c>, <c>-</c>, <c>*</c>, <c>/</c> of two numbers (IEEE doubles, as JavaScript's); anything else converts, left to Jint.</summary>
internal sealed class ArithmeticNode(NativeNode left, NativeNode right, ArithmeticOperator op) : NativeNode
{
    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        value = default;
        if (!left.TryEvaluate(context, out var a) || !right.TryEvaluate(context, out var b)
            || a.Kind != NativeKind.Number || b.Kind != NativeKind.Number)
        {
            return false;
        }

        value = NativeValue.Of(op switch
        {
            ArithmeticOperator.Add => a.Number + b.Number,
            ArithmeticOperator.Subtract => a.Number - b.Number,
            ArithmeticOperator.Multiply => a.Number * b.Number,
            _ => a.Number / b.Number,
        });
        return true;
    }
}

internal enum LogicalOperator
{
    And,
    Or,
    Nullish,
}

/// <summary><c>&amp;&amp;</c>, <c>||</c>, <c>??</c>: the value of the operand that decides (not a boolean); the right one is evaluated only when needed.</summary>
internal sealed class LogicalNode(NativeNode left, NativeNode right, LogicalOperator op) : NativeNode
{
    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        if (!left.TryEvaluate(context, out value))
        {
            return false;
        }

        var decided = op switch
        {
            LogicalOperator.And => !value.IsTruthy,
            LogicalOperator.Or => value.IsTruthy,
            _ => value.Kind is not (NativeKind.Undefined or NativeKind.Null),
        };
        return decided || right.TryEvaluate(context, out value);
    }
}

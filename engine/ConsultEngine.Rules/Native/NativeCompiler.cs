using System.Globalization;
using Acornima;
using Acornima.Ast;

namespace ConsultEngine.Rules.Native;

/// <summary>
/// Compiles a tool's script to <see cref="NativeNode"/>s when it is one expression of a small subset: literals,
/// <c>answers</c>, <c>self</c>, <c>vars</c>, <c>undefined</c>, <c>NaN</c>, <c>Infinity</c>; member access with a key
/// written in the source; <c>===</c> <c>!==</c> <c>&lt;</c> <c>&lt;=</c> <c>&gt;</c> <c>&gt;=</c> <c>+</c> <c>-</c>
/// <c>*</c> <c>/</c>; <c>==</c>/<c>!=</c> against <c>null</c> or <c>undefined</c>; <c>&amp;&amp;</c> <c>||</c>
/// <c>??</c> <c>!</c> <c>typeof</c> <c>? :</c>. No calls, no loops, no assignments: a compiled script cannot run long
/// or change anything. Anything else returns <see langword="null"/> and stays with Jint.
/// </summary>
internal static class NativeCompiler
{
    /// <summary>The native form of the prepared script (<see cref="Scripts.ScriptPreparer"/> wraps the source in one block), or <see langword="null"/>.</summary>
    public static NativeExpression? TryCompile(Acornima.Ast.Program program) =>
        program.Body is [BlockStatement { Body: [ExpressionStatement statement] }] && statement is not Directive
            && Compile(statement.Expression, 0) is { } root
            ? new NativeExpression(root)
            : null;

    // Deeper expressions are not skip logic; the bound keeps the compiler's recursion (and the evaluator's) shallow.
    private const int MaxDepth = 32;

    private static NativeNode? Compile(Expression expression, int depth) => depth > MaxDepth ? null : expression switch
    {
        StringLiteral text => IsWellFormed(text.Value) ? new ConstantNode(NativeValue.Of(text.Value)) : null,
        NumericLiteral number => new ConstantNode(NativeValue.Of(number.Value)),
        BooleanLiteral boolean => new ConstantNode(NativeValue.Of(boolean.Value)),
        NullLiteral => new ConstantNode(NativeValue.Null),
        Identifier identifier => Name(identifier.Name),
        MemberExpression { Optional: false } member => Member(member, depth),
        LogicalExpression logical => Logical(logical, depth),
        NonLogicalBinaryExpression binary => Binary(binary, depth),
        UnaryExpression { Prefix: true } unary => Unary(unary, depth),
        ConditionalExpression conditional => Compile(conditional.Test, depth + 1) is { } test
            && Compile(conditional.Consequent, depth + 1) is { } consequent
            && Compile(conditional.Alternate, depth + 1) is { } alternate
                ? new ConditionalNode(test, consequent, alternate)
                : null,
        _ => null,
    };

    // The sandbox's globals: answers, self and vars are read-only data properties, undefined, NaN and Infinity are
    // ECMAScript's non-writable ones, and the subset declares nothing that could shadow them.
    private static NativeNode? Name(string name) => name switch
    {
        "answers" => new RootNode(NativeRoot.Answers),
        "self" => new RootNode(NativeRoot.Self),
        "vars" => new RootNode(NativeRoot.Vars),
        "undefined" => new ConstantNode(NativeValue.Undefined),
        "NaN" => new ConstantNode(NativeValue.Of(double.NaN)),
        "Infinity" => new ConstantNode(NativeValue.Of(double.PositiveInfinity)),
        _ => null,
    };

    private static MemberNode? Member(MemberExpression member, int depth)
    {
        var key = (member.Computed, member.Property) switch
        {
            (false, Identifier name) => name.Name,
            (true, StringLiteral text) when IsWellFormed(text.Value) => text.Value,
            (true, NumericLiteral { Value: >= 0 and <= int.MaxValue } number) when number.Value == Math.Floor(number.Value) =>
                ((int)number.Value).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return key is not null && Compile(member.Object, depth + 1) is { } target ? new MemberNode(target, key) : null;
    }

    private static LogicalNode? Logical(LogicalExpression logical, int depth)
    {
        LogicalOperator? op = logical.Operator switch
        {
            Operator.LogicalAnd => LogicalOperator.And,
            Operator.LogicalOr => LogicalOperator.Or,
            Operator.NullishCoalescing => LogicalOperator.Nullish,
            _ => null,
        };
        return op is { } known && Compile(logical.Left, depth + 1) is { } left && Compile(logical.Right, depth + 1) is { } right
            ? new LogicalNode(left, right, known)
            : null;
    }

    private static NativeNode? Binary(NonLogicalBinaryExpression binary, int depth)
    {
        if (binary.Operator is Operator.Equality or Operator.Inequality)
        {
            var negated = binary.Operator == Operator.Inequality;
            var other = IsNullish(binary.Right) ? binary.Left : IsNullish(binary.Left) ? binary.Right : null;
            return other is not null && Compile(other, depth + 1) is { } operand ? new NullishEqualityNode(operand, negated) : null;
        }

        if (Compile(binary.Left, depth + 1) is not { } left || Compile(binary.Right, depth + 1) is not { } right)
        {
            return null;
        }

        if (binary.Operator is Operator.StrictEquality or Operator.StrictInequality)
        {
            var negated = binary.Operator == Operator.StrictInequality;
            return (left, right) switch
            {
                (_, ConstantNode { Constant.Kind: NativeKind.String } text) => new StringLiteralEqualityNode(left, text.Constant.Text, negated),
                (ConstantNode { Constant.Kind: NativeKind.String } text, _) => new StringLiteralEqualityNode(right, text.Constant.Text, negated),
                _ => new StrictEqualityNode(left, right, negated),
            };
        }

        return binary.Operator switch
        {
            Operator.LessThan => new RelationalNode(left, right, RelationalOperator.Less),
            Operator.LessThanOrEqual => new RelationalNode(left, right, RelationalOperator.LessOrEqual),
            Operator.GreaterThan => new RelationalNode(left, right, RelationalOperator.Greater),
            Operator.GreaterThanOrEqual => new RelationalNode(left, right, RelationalOperator.GreaterOrEqual),
            Operator.Addition => new ArithmeticNode(left, right, ArithmeticOperator.Add),
            Operator.Subtraction => new ArithmeticNode(left, right, ArithmeticOperator.Subtract),
            Operator.Multiplication => new ArithmeticNode(left, right, ArithmeticOperator.Multiply),
            Operator.Division => new ArithmeticNode(left, right, ArithmeticOperator.Divide),
            _ => null,
        };
    }

    private static NativeNode? Unary(UnaryExpression unary, int depth)
    {
        if (Compile(unary.Argument, depth + 1) is not { } operand)
        {
            return null;
        }

        return unary.Operator switch
        {
            Operator.LogicalNot => new NotNode(operand),
            Operator.TypeOf => new TypeOfNode(operand),
            Operator.UnaryNegation when operand is ConstantNode { Constant.Kind: NativeKind.Number } constant =>
                new ConstantNode(NativeValue.Of(-constant.Constant.Number)),
            Operator.UnaryNegation => new NegateNode(operand),
            _ => null,
        };
    }

    private static bool IsNullish(Expression expression) => expression is NullLiteral or Identifier { Name: "undefined" };

    // A literal with a lone surrogate cannot be compared with JSON text through UTF-8; Jint compares it.
    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

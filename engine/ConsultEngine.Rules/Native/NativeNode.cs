using System.Text.Json;

namespace ConsultEngine.Rules.Native;

/// <summary>
/// One node of a compiled expression. <see cref="TryEvaluate"/> returns <see langword="false"/> when it cannot be sure
/// of JavaScript's answer (a TypeError, a conversion it does not do, an object's identity): the whole evaluation then
/// goes to Jint, which gives the answer or the fault. The subset has no side effects, so running it again there is
/// not observable.
/// </summary>
internal abstract class NativeNode
{
    public abstract bool TryEvaluate(RuleContext context, out NativeValue value);
}

internal sealed class ConstantNode(NativeValue constant) : NativeNode
{
    public NativeValue Constant { get; } = constant;

    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        value = Constant;
        return true;
    }
}

internal enum NativeRoot
{
    Answers,
    Self,
    Vars,
}

/// <summary>
/// <c>answers</c>, <c>self</c> or <c>vars</c>: read-only globals of the sandbox, so the name is always that slot. As the
/// sandbox gives them: an absent <c>answers</c> or <c>vars</c> is an empty object, an absent <c>self</c> is <c>null</c>.
/// </summary>
internal sealed class RootNode(NativeRoot root) : NativeNode
{
    private static readonly NativeValue EmptyObject = NativeValue.FromJson(JsonDocument.Parse("{}").RootElement.Clone());

    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        value = root switch
        {
            NativeRoot.Answers => context.Answers is { } answers ? NativeValue.FromJson(answers) : EmptyObject,
            NativeRoot.Self => context.Self is { } self ? NativeValue.FromJson(self) : NativeValue.Null,
            _ => context.Vars is { } vars ? NativeValue.FromJson(vars) : EmptyObject,
        };
        return true;
    }
}

/// <summary><c>!x</c>.</summary>
internal sealed class NotNode(NativeNode operand) : NativeNode
{
    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        if (!operand.TryEvaluate(context, out var inner))
        {
            value = default;
            return false;
        }

        value = NativeValue.Of(!inner.IsTruthy);
        return true;
    }
}

/// <summary><c>typeof x</c> (of an expression the subset can read: no undeclared names).</summary>
internal sealed class TypeOfNode(NativeNode operand) : NativeNode
{
    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        if (!operand.TryEvaluate(context, out var inner))
        {
            value = default;
            return false;
        }

        value = NativeValue.Of(inner.TypeOf);
        return true;
    }
}

/// <summary><c>-x</c> of a number; any other operand needs ToNumber, left to Jint.</summary>
internal sealed class NegateNode(NativeNode operand) : NativeNode
{
    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        if (!operand.TryEvaluate(context, out var inner) || inner.Kind != NativeKind.Number)
        {
            value = default;
            return false;
        }

        value = NativeValue.Of(-inner.Number);
        return true;
    }
}

/// <summary><c>test ? a : b</c>: only the branch taken is evaluated.</summary>
internal sealed class ConditionalNode(NativeNode test, NativeNode consequent, NativeNode alternate) : NativeNode
{
    public override bool TryEvaluate(RuleContext context, out NativeValue value)
    {
        if (!test.TryEvaluate(context, out var condition))
        {
            value = default;
            return false;
        }

        return (condition.IsTruthy ? consequent : alternate).TryEvaluate(context, out value);
    }
}

namespace ConsultEngine;

/// <summary>
/// Declares the <see cref="FailureKind"/> of a code constant (<c>[FailsAs(FailureKind.NotFound)] public
/// const string InputNotFound = "CE9104";</c>) where it is not its range's default (<see cref="CodeRanges"/>).
/// A plugin declares its own codes' kinds the same way: the host reads them, it never names them.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class FailsAsAttribute(FailureKind kind) : Attribute
{
    public FailureKind Kind { get; } = kind;
}

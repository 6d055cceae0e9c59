namespace ConsultEngine;

/// <summary>
/// A block of codes (<c>CE</c><paramref name="First"/>…<c>CE</c><paramref name="Last"/>) and the one
/// catalogue that owns it (its type's full name; <see cref="CodeRanges.AnyPlugin"/> for the block any
/// other plugin may take), what its codes are about, and the kind a code of it has unless its constant
/// says otherwise (<see cref="FailsAsAttribute"/>).
/// </summary>
public sealed record CodeRange(int First, int Last, string Owner, string Meaning, FailureKind Default)
{
    public bool Contains(int number) => number >= First && number <= Last;

    public override string ToString() => $"CE{First:D4}–CE{Last:D4} {Owner}";
}

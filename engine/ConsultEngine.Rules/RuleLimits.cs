namespace ConsultEngine.Rules;

/// <summary>
/// The bounds every evaluation of a rule, guard or check runs under. A script that crosses one
/// ends in a <see cref="RuleFaultException"/> with the code of the bound it crossed.
/// </summary>
public sealed record RuleLimits
{
    /// <summary>The defaults: generous for a rule over a consultation's variables, tight for a hostile one.</summary>
    public static RuleLimits Default { get; } = new();

    /// <summary>
    /// Wall-clock time for one evaluation, nested <c>rules.x</c> included (CE7001). The statement and
    /// memory limits stop a hostile script in milliseconds whatever the load; this is the backstop for
    /// what they do not count, and wall-clock time is not the script's own: on a busy two-core host a
    /// thread waits for a core, the first evaluation compiles, a collection pauses. At 250 ms ordinary
    /// rules of the standard definition faulted with CE7001 under load, so the default is 2 s.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Statements one evaluation may execute, nested rules included (CE7002).</summary>
    public int MaxStatements { get; init; } = 100_000;

    /// <summary>Bytes one evaluation may allocate (CE7003).</summary>
    public long MaxMemoryBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>How often one function may be on the call stack at once (CE7004).</summary>
    public int MaxRecursion { get; init; } = 64;

    /// <summary>Time one regular-expression match may take (CE7005).</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest string <c>repeat</c>, <c>padStart</c>, <c>padEnd</c> and <c>join</c> may build (CE7003).</summary>
    public int MaxStringLength { get; init; } = 1_000_000;

    /// <summary>The longest array a script may create (CE7003).</summary>
    public int MaxArrayLength { get; init; } = 1_000_000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RegexTimeout, TimeSpan.Zero, nameof(RegexTimeout));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStatements, nameof(MaxStatements));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxMemoryBytes, nameof(MaxMemoryBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRecursion, nameof(MaxRecursion));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStringLength, nameof(MaxStringLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxArrayLength, nameof(MaxArrayLength));
    }
}

namespace ConsultEngine.Runtime.Outbox;

/// <summary>
/// How often and how late a failed outbox message is tried again: exponential backoff from
/// <see cref="BaseDelay"/> doubling up to <see cref="MaxDelay"/>, spread by ± <see cref="Jitter"/>
/// so that messages failing together do not retry together; after <see cref="MaxAttempts"/>
/// attempts the message is dead-lettered. <see cref="SendTimeout"/> bounds one send, so a hanging
/// recipient cannot hold up the messages after it.
/// </summary>
public sealed record OutboxRetryPolicy
{
    public int MaxAttempts { get; init; } = 8;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The fraction (0–1) a delay is spread by either way.</summary>
    public double Jitter { get; init; } = 0.2;

    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a node holds a message it claimed to send (on a store shared by several nodes) before
    /// another node may take it over; at least <see cref="SendTimeout"/> and a margin are used.
    /// </summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The lease actually taken: <see cref="ClaimLease"/>, but never shorter than one send and a margin.</summary>
    public TimeSpan EffectiveClaimLease => ClaimLease > SendTimeout + ClaimMargin ? ClaimLease : SendTimeout + ClaimMargin;

    // Time for the outcome's write after a send that used all of its timeout.
    private static readonly TimeSpan ClaimMargin = TimeSpan.FromSeconds(30);

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt; <paramref name="random"/> in [0, 1) picks the jitter.</summary>
    public TimeSpan DelayAfter(int attempts, double random)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var raw = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, doublings), MaxDelay.TotalMilliseconds);
        var spread = Math.Clamp(Jitter, 0, 1) * ((2 * random) - 1);
        return TimeSpan.FromMilliseconds(Math.Max(0, raw * (1 + spread)));
    }
}

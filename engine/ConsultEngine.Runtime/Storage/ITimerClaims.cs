using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Storage;

/// <summary>
/// A store shared by several nodes hands each node its own due timers: a claimed timer is left to
/// the node that claimed it until the claim's lease runs out (so a crashed node's timers are taken
/// over). The engine fires what it claims; the firing itself stays exactly-once through the
/// instance's revision, whatever the claims do.
/// </summary>
public interface ITimerClaims
{
    /// <summary>
    /// Claims up to <paramref name="max"/> timers due by <paramref name="now"/> on running instances,
    /// earliest first, for this store's node until <paramref name="now"/> + <paramref name="lease"/>:
    /// timers no node holds, whose claim has lapsed, or that this node holds already.
    /// </summary>
    Task<IReadOnlyList<TimerRecord>> ClaimDueTimersAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default);
}

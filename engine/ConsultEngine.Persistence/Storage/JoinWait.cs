using System.Diagnostics;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// Whether a transaction of the <see cref="CommitQueue"/> that is about to commit a single change set
/// should first wait a moment for another to join it, and the wait itself. It waits only while waiting
/// pays: a commit that arrives on its own while another is in flight allows one wait; a wait that a
/// commit joins in time allows several more; a wait that times out, or that a commit joins only after the
/// bound (its caller was not running: the machine's cores are busy), halves what is left. A store with
/// one caller never waits.
/// </summary>
/// <remarks>
/// Two workers of one store otherwise take turns on the write lock: each commits alone, one COMMIT per
/// change set, and the second worker's advance, which could have shared the first one's COMMIT, ends just
/// after it started. A COMMIT costs about the same for one change set as for two, so one that stores both
/// halves that cost per change set. The wait spins, so that it ends on time even on a busy machine.
/// </remarks>
internal sealed class JoinWait(TimeSpan bound)
{
    /// <summary>Waits allowed after one a commit joined in time.</summary>
    internal const int MaxCredit = 8;

    // About a microsecond between looks at the queue.
    private const int SpinIterations = 20;

    private readonly long _boundTicks = (long)(bound.TotalSeconds * Stopwatch.Frequency);
    private int _credit;
    private volatile bool _inWait;
    private long _waits;
    private long _joined;
    private long _waitTicks;

    /// <summary>Waits begun, since the queue was made.</summary>
    public long Waits => Interlocked.Read(ref _waits);

    /// <summary>Of them, waits that a commit joined within the bound.</summary>
    public long Joined => Interlocked.Read(ref _joined);

    /// <summary>Time spent waiting, in <see cref="Stopwatch"/> ticks.</summary>
    public long WaitTicks => Interlocked.Read(ref _waitTicks);

    /// <summary>True while waiting has lately paid, or a commit arrived on its own while another was in flight.</summary>
    public bool Worthwhile => _boundTicks > 0 && Volatile.Read(ref _credit) > 0;

    /// <summary>
    /// A commit arrived while another was queued or being written. One that a wait drew in says nothing
    /// new (the wait's outcome counts); one that came on its own allows a wait.
    /// </summary>
    public void SawConcurrentCommit()
    {
        if (!_inWait && Volatile.Read(ref _credit) == 0)
        {
            Volatile.Write(ref _credit, 1);
        }
    }

    /// <summary>Spins until <paramref name="arrived"/> says a commit is waiting, at most the bound; true when one came.</summary>
    public bool Wait(Func<bool> arrived)
    {
        _ = Interlocked.Increment(ref _waits);
        _inWait = true;
        var start = Stopwatch.GetTimestamp();
        var came = arrived();
        while (!came && Stopwatch.GetTimestamp() - start < _boundTicks)
        {
            // A pure spin, never a yield or a sleep: on a busy machine a yielded core comes back only after
            // other processes' time slices (measured: waits of 600 µs on average against a 200 µs bound).
            Thread.SpinWait(SpinIterations);
            came = arrived();
        }

        var waited = Stopwatch.GetTimestamp() - start;
        _inWait = false;
        _ = Interlocked.Add(ref _waitTicks, waited);
        if (came && waited <= _boundTicks)
        {
            _ = Interlocked.Increment(ref _joined);
            Volatile.Write(ref _credit, MaxCredit);
        }
        else
        {
            Volatile.Write(ref _credit, Volatile.Read(ref _credit) / 2);
        }

        return came;
    }
}

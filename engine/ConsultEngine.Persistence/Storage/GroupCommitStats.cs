namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// What group commit did so far, summed since the store opened: how well commits are shared and where a
/// commit's time goes. Ticks are <see cref="System.Diagnostics.Stopwatch"/> ticks; the benchmark takes the
/// difference of two readings around a round.
/// </summary>
/// <param name="Transactions">Shared write transactions committed.</param>
/// <param name="ChangeSets">Change sets those transactions stored.</param>
/// <param name="Overlapped">Commits that arrived while another commit of this store was queued or being written.</param>
/// <param name="LockTicks">Time the write transactions held the write lock, <c>BEGIN</c> to the end of <c>COMMIT</c>.</param>
/// <param name="CommitTicks">Of it, time in <c>COMMIT</c> itself (the WAL write, and a checkpoint when one lands there).</param>
/// <param name="CallerTicks">Time callers spent in <c>CommitAsync</c>, from the call to its return (queueing and writing).</param>
internal readonly record struct GroupCommitStats(long Transactions, long ChangeSets, long Overlapped, long LockTicks, long CommitTicks, long CallerTicks)
{
    /// <summary>What happened between <paramref name="earlier"/> and this reading.</summary>
    public GroupCommitStats Since(GroupCommitStats earlier) =>
        new(Transactions - earlier.Transactions, ChangeSets - earlier.ChangeSets, Overlapped - earlier.Overlapped,
            LockTicks - earlier.LockTicks, CommitTicks - earlier.CommitTicks, CallerTicks - earlier.CallerTicks);

    /// <summary>This and <paramref name="other"/> together (two rounds summed).</summary>
    public GroupCommitStats Plus(GroupCommitStats other) =>
        new(Transactions + other.Transactions, ChangeSets + other.ChangeSets, Overlapped + other.Overlapped,
            LockTicks + other.LockTicks, CommitTicks + other.CommitTicks, CallerTicks + other.CallerTicks);
}

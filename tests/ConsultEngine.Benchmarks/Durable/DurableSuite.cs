using System.Diagnostics;
using System.Globalization;
using ConsultEngine.Benchmarks.Durable.EfCorePeer;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Benchmarks.Workloads;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;

namespace ConsultEngine.Benchmarks.Durable;

/// <summary>
/// The durable suite: <c>CompleteStepAsync</c> on many instances of a sequential definition, on a
/// SQLite file in the temporary folder (the store's defaults: WAL, <c>synchronous=NORMAL</c>,
/// <c>BEGIN IMMEDIATE</c>, concurrent commits sharing a transaction), side by side with a
/// straightforward EF Core peer making the same state changes on a SQLite file of its own
/// (<see cref="EfCoreRun"/>). Each round starts fresh instances (not timed), then times completing
/// every step of every one of them, step by step across the instances, with one worker and with two
/// concurrent workers on disjoint instances sharing the store; the sides alternate within a round.
/// Shown for information: two workers on a store whose commits each take the write lock alone (the
/// store before group commit). A Stopwatch harness: a warm-up round, then rounds reporting the median
/// and the best. A last round with one worker goes through a profiling decorator and splits an
/// advance into its store calls and engine work; a round with two workers shows what each call then costs.
/// </summary>
internal static class DurableSuite
{
    private const int Steps = 10;
    private const double ScalingBar = 1.3;
    private const double PeerBar = 2.0;

    public static IReadOnlyList<ResultRow> Run(bool quick)
    {
        var (instances, rounds) = quick ? (100, 3) : (300, 7);
        Console.WriteLine($"durable{(quick ? " (quick)" : string.Empty)}: {Steps}-step sequential definition on a SQLite file, {instances} new instances per round, {instances * Steps:N0} transitions timed per round and side");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        using var database = new TempDatabase();
        using var aloneDatabase = new TempDatabase();
        using var peerDatabase = new TempDatabase();
        var store = SqliteInstanceStore.OpenAsync(database.Path).GetAwaiter().GetResult();
        var alone = SqliteInstanceStore.OpenAsync(aloneDatabase.Path, new SqliteStoreOptions { GroupCommit = false }).GetAwaiter().GetResult();
        var peer = EfCoreRun.CreateAsync(peerDatabase.Path, Steps).GetAwaiter().GetResult();
        try
        {
            var sides = new Side[]
            {
                new("ConsultEngine", 1, ids => ConsultEngineAsync(new SequentialRun(store, Steps), ids, 1)) { Store = store },
                new("ConsultEngine", 2, ids => ConsultEngineAsync(new SequentialRun(store, Steps), ids, 2)) { Store = store },
                new("ConsultEngine, each commit alone", 2, ids => ConsultEngineAsync(new SequentialRun(alone, Steps), ids, 2)),
                new("EF Core peer", 1, ids => PeerAsync(peer, ids, 1)),
                new("EF Core peer", 2, ids => PeerAsync(peer, ids, 2)),
            };
            foreach (var side in sides)
            {
                _ = side.Measure(instances).GetAwaiter().GetResult();
            }

            for (var round = 0; round < rounds; round++)
            {
                foreach (var side in sides)
                {
                    Rounds.Settle();
                    var before = side.Store?.GroupCommitStats ?? default;
                    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    var rate = side.Measure(instances).GetAwaiter().GetResult();
                    side.CpuSeconds += (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                    side.WallSeconds += instances * Steps / rate;
                    side.Rounds.Add(rate);
                    var after = side.Store?.GroupCommitStats ?? default;
                    side.Stats = side.Stats.Plus(after.Since(before));
                }
            }

            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Format(c, "  transitions/s (median | best of {0}):", rounds));
            foreach (var side in sides)
            {
                Console.WriteLine(string.Format(c, "    {0,-34} {1} worker{2}  {3,7:N0} | {4:N0}{5}", side.Name, side.Workers, side.Workers == 1 ? " " : "s", side.Rounds.Median, side.Rounds.Max,
                    side.Stats.Transactions > 0 ? string.Format(c, "   {0:0.00} change sets per write transaction", (double)side.Stats.ChangeSets / side.Stats.Transactions) : string.Empty));
            }

            Console.WriteLine("  where the time goes (every timed round of a side together; process CPU counts every thread, 200 % = both cores):");
            foreach (var side in sides)
            {
                var transitions = (double)instances * Steps * side.Rounds.Count;
                var stats = side.Stats;
                var lockLine = stats.Transactions == 0 ? string.Empty : string.Format(c,
                    "; write lock held {0:0} µs per transaction ({1:0} µs of it in COMMIT), busy {2:0} % of the time; a commit call {3:0} µs; {4:0} % of commits arrived while another was in flight",
                    Micro(stats.LockTicks) / stats.Transactions, Micro(stats.CommitTicks) / stats.Transactions, 100 * Micro(stats.LockTicks) / 1e6 / side.WallSeconds,
                    Micro(stats.CallerTicks) / stats.ChangeSets, 100.0 * stats.Overlapped / stats.ChangeSets);
                Console.WriteLine(string.Format(c, "    {0,-34} {1} worker{2}  CPU {3:0} %, {4:0} µs CPU and {5:0} µs wall per transition{6}",
                    side.Name, side.Workers, side.Workers == 1 ? " " : "s", 100 * side.CpuSeconds / side.WallSeconds, 1e6 * side.CpuSeconds / transitions, 1e6 * side.WallSeconds / transitions, lockLine));
            }

            var (one, two, twoAlone, peerOne, peerTwo) = (sides[0].Rounds.Median, sides[1].Rounds.Median, sides[2].Rounds.Median, sides[3].Rounds.Median, sides[4].Rounds.Median);
            Console.WriteLine(string.Format(c, "  2 workers against 1: ConsultEngine {0:0.00}×, each commit alone {1:0.00}×, EF Core peer {2:0.00}×;  ConsultEngine against EF Core: {3:0.0}× (1 worker), {4:0.0}× (2 workers)",
                two / one, twoAlone / one, peerTwo / peerOne, one / peerOne, two / peerTwo));
            ProfileAsync(database.Path, instances).GetAwaiter().GetResult();
            Console.WriteLine($"  {MachineLoad.Describe()}");
            return
            [
                Row("transitions/s on SQLite, 1 worker; peer: EF Core (load with Include, change, SaveChanges), 1 worker", one, peerOne, $"≥ {PeerBar:0}× the peer", PeerBar),
                Row("transitions/s on SQLite, 2 concurrent workers; peer: EF Core, 2 workers", two, peerTwo, $"≥ {PeerBar:0}× the peer", PeerBar),
                Row("transitions/s on SQLite, 2 concurrent workers against 1 worker", two, one, $"≥ {ScalingBar:0.0}×", ScalingBar),
                Row("transitions/s on SQLite, 2 workers, each commit taking the write lock alone (before group commit) against 1 worker", twoAlone, one, "information", null),
            ];
        }
        finally
        {
            alone.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static double Micro(long ticks) => Stopwatch.GetElapsedTime(0, ticks).TotalMicroseconds;

    private static ResultRow Row(string measure, double value, double other, string bar, double? ratioBar)
    {
        var c = CultureInfo.InvariantCulture;
        var ratio = value / other;
        return new ResultRow("durable", measure, value.ToString("N0", c), other.ToString("N0", c), ratio.ToString("0.00", c) + "×", bar, ratioBar is { } b ? ratio >= b : null);
    }

    /// <summary>Starts <paramref name="instances"/> instances (not timed), then times completing all their steps with <paramref name="workers"/> workers.</summary>
    private static async Task<double> ConsultEngineAsync(SequentialRun run, int instances, int workers)
    {
        var ids = await run.StartAsync(instances).ConfigureAwait(false);
        var slices = SequentialRun.Slices(ids, workers);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(slices.Select(slice => Task.Run(() => run.CompleteAllAsync(slice)))).ConfigureAwait(false);
        clock.Stop();
        return instances * run.Steps / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> PeerAsync(EfCoreRun peer, int instances, int workers)
    {
        var ids = await peer.StartAsync(instances).ConfigureAwait(false);
        var slices = SequentialRun.Slices(ids, workers);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(slices.Select(slice => Task.Run(() => peer.CompleteAllAsync(slice)))).ConfigureAwait(false);
        clock.Stop();
        return await peer.AllCompletedAsync(ids).ConfigureAwait(false)
            ? instances * peer.Steps / clock.Elapsed.TotalSeconds
            : throw new InvalidOperationException("The EF Core peer did not complete every instance with one journal entry per change.");
    }

    private static async Task ProfileAsync(string path, int instances)
    {
        var inner = await SqliteInstanceStore.OpenAsync(path).ConfigureAwait(false);
        await using (inner.ConfigureAwait(false))
        {
            var one = await ProfileRoundAsync(inner, instances, 1).ConfigureAwait(false);
            var transitions = (double)instances * Steps;
            var c = CultureInfo.InvariantCulture;
            var total = one.Wall.TotalMicroseconds / transitions;
            var processCpuMicroseconds = one.ProcessCpu.TotalMicroseconds / transitions;
            Console.WriteLine(string.Format(c, "  profile of one transition (1 worker, {0:N0} transitions): {1:0} µs in all, {2:0} µs of process CPU (every thread); wall clock and the calling thread's own CPU:", transitions, total, processCpuMicroseconds));
            var storeMicroseconds = 0.0;
            foreach (var (call, (calls, _)) in one.Store.Calls.OrderBy(x => x.Key, StringComparer.Ordinal))
            {
                var (microseconds, cpuMicroseconds) = PerTransition(one.Store, call, transitions);
                storeMicroseconds += microseconds;
                Console.WriteLine(string.Format(c, "    {0,-18} {1,5:0.00} calls  {2,6:0} µs  {3,6:0} µs CPU", call, calls / transitions, microseconds, cpuMicroseconds));
            }

            Console.WriteLine(string.Format(c, "    engine work        {0,18:0} µs   statements per commit (BEGIN…COMMIT): {1:0.0}", total - storeMicroseconds, one.Store.CommitStatements / transitions));
            if (ThreadCpu.Available && one.Store.CalledCommit(out var commitCpu))
            {
                var commitShare = commitCpu / 1000.0 / transitions / processCpuMicroseconds;
                Console.WriteLine(string.Format(c, "    the commit is {0:0} % of the process CPU per transition ({1} calls changed thread): with two cores and perfect overlap, 2 workers could reach at most {2:0.00}× one (one writer at a time)",
                    100 * commitShare, one.Store.Hopped, Math.Min(2, 1 / commitShare)));
            }

            PrintSecondWorker(one, await ProfileRoundAsync(inner, instances, 2).ConfigureAwait(false), transitions);
        }
    }

    /// <summary>
    /// The same calls with two workers beside the figures of one: what each costs the worker that makes it
    /// once the other worker commits in between. A read runs on an idle connection of the store; with one
    /// worker that is the connection of the last commit, whose page cache SQLite keeps, and with two it is
    /// usually one whose cache SQLite drops because the other worker committed since.
    /// </summary>
    private static void PrintSecondWorker(ProfileRound one, ProfileRound two, double transitions)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(c, "  the same with 2 workers ({0:N0} transitions, {1:N0}/s against {2:N0}/s): µs per transition of the worker making the call, wall | calling thread's CPU (CPU only of calls that stayed on their thread), 1 worker → 2 workers:",
            transitions, transitions / two.Wall.TotalSeconds, transitions / one.Wall.TotalSeconds));
        var (readsOne, readsTwo, readsCpuOne, readsCpuTwo) = (0.0, 0.0, 0.0, 0.0);
        foreach (var call in one.Store.Calls.Keys.Union(two.Store.Calls.Keys).Order(StringComparer.Ordinal))
        {
            var (wallOne, cpuOne) = PerTransition(one.Store, call, transitions);
            var (wallTwo, cpuTwo) = PerTransition(two.Store, call, transitions);
            Console.WriteLine(string.Format(c, "    {0,-18} {1,6:0} | {2,4:0} µs  →  {3,6:0} | {4,4:0} µs", call, wallOne, cpuOne, wallTwo, cpuTwo));
            if (call != nameof(ProfilingStore.CommitAsync))
            {
                (readsOne, readsTwo, readsCpuOne, readsCpuTwo) = (readsOne + wallOne, readsTwo + wallTwo, readsCpuOne + cpuOne, readsCpuTwo + cpuTwo);
            }
        }

        Console.WriteLine(string.Format(c, "    the reads together: {0:0.0}× the wall time and {1:0.0}× the thread CPU of one worker's (a read after the other worker's commit starts with an empty page cache); process CPU per transition {2:0} → {3:0} µs",
            readsTwo / readsOne, readsCpuTwo / readsCpuOne, one.ProcessCpu.TotalMicroseconds / transitions, two.ProcessCpu.TotalMicroseconds / transitions));
    }

    private static (double Wall, double Cpu) PerTransition(ProfilingStore store, string call, double transitions) =>
        store.Calls.TryGetValue(call, out var figures)
            ? (Stopwatch.GetElapsedTime(0, figures.Ticks).TotalMicroseconds / transitions, store.CpuNanoseconds.GetValueOrDefault(call) / 1000.0 / transitions)
            : (0, 0);

    /// <summary>Starts <paramref name="instances"/> fresh instances (not profiled), then completes all their steps with <paramref name="workers"/> workers through a profiling store.</summary>
    private static async Task<ProfileRound> ProfileRoundAsync(RelationalInstanceStore inner, int instances, int workers)
    {
        var store = new ProfilingStore(inner);
        var run = new SequentialRun(store, Steps);
        var ids = await run.StartAsync(instances).ConfigureAwait(false);
        store.Reset();
        var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(SequentialRun.Slices(ids, workers).Select(slice => Task.Run(() => run.CompleteAllAsync(slice)))).ConfigureAwait(false);
        clock.Stop();
        return new ProfileRound(store, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - processCpu);
    }

    /// <summary>One profiled round: the store's figures, its wall time and the process CPU it took.</summary>
    private sealed record ProfileRound(ProfilingStore Store, TimeSpan Wall, TimeSpan ProcessCpu);

    /// <summary>One side of the comparison: what it is, how many workers, and how to time one round.</summary>
    private sealed record Side(string Name, int Workers, Func<int, Task<double>> Measure)
    {
        public Rounds Rounds { get; } = new();

        /// <summary>The group-commit store this side writes to, whose shared transactions are counted.</summary>
        public RelationalInstanceStore? Store { get; init; }

        /// <summary>The store's group-commit figures over the timed rounds.</summary>
        public GroupCommitStats Stats { get; set; }

        public double CpuSeconds { get; set; }

        public double WallSeconds { get; set; }
    }
}

using System.Diagnostics;
using System.Globalization;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Benchmarks.Workloads;
using ConsultEngine.Persistence.Sqlite;

namespace ConsultEngine.Benchmarks.Durable;

/// <summary>
/// The durable suite: <c>CompleteStepAsync</c> on many instances of a sequential definition, on a
/// SQLite file in the temporary folder (the store's defaults: WAL, <c>synchronous=NORMAL</c>,
/// <c>BEGIN IMMEDIATE</c>). Each round starts fresh instances (not timed), then times completing
/// every step of every one of them, step by step across the instances, with one worker and with two
/// concurrent workers on disjoint instances sharing the store; rounds alternate. A Stopwatch harness:
/// a warm-up round, then rounds reporting the median and the best. A last round with one worker
/// goes through a profiling decorator and splits an advance into its store calls and engine work.
/// </summary>
internal static class DurableSuite
{
    private const int Steps = 10;
    private const double Bar = 2_000;

    public static IReadOnlyList<ResultRow> Run(bool quick)
    {
        var (instances, rounds) = quick ? (100, 3) : (300, 7);
        Console.WriteLine($"durable{(quick ? " (quick)" : string.Empty)}: {Steps}-step sequential definition on a SQLite file, {instances} new instances per round, {instances * Steps:N0} transitions timed per round");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        using var database = new TempDatabase();
        var store = SqliteInstanceStore.OpenAsync(database.Path).GetAwaiter().GetResult();
        var rows = new List<ResultRow>();
        try
        {
            var run = new SequentialRun(store, Steps);
            _ = MeasureAsync(run, instances, 1).GetAwaiter().GetResult();
            var one = new Rounds();
            var two = new Rounds();
            for (var round = 0; round < rounds; round++)
            {
                Rounds.Settle();
                one.Add(MeasureAsync(run, instances, 1).GetAwaiter().GetResult());
                Rounds.Settle();
                two.Add(MeasureAsync(run, instances, 2).GetAwaiter().GetResult());
            }

            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Format(c, "  transitions/s (median | best of {0}): 1 worker {1,7:N0} | {2:N0}   2 workers {3,7:N0} | {4:N0}", rounds, one.Median, one.Max, two.Median, two.Max));
            ProfileAsync(database.Path, instances).GetAwaiter().GetResult();
            rows.Add(new ResultRow("durable", "transitions/s on SQLite, 1 worker", one.Median.ToString("N0", c), "—", "—", $"≥ {Bar:N0}/s", one.Median >= Bar));
            rows.Add(new ResultRow("durable", "transitions/s on SQLite, 2 concurrent workers", two.Median.ToString("N0", c), one.Median.ToString("N0", c) + " (1 worker)",
                (two.Median / one.Median).ToString("0.00", c) + "×", $"≥ {Bar:N0}/s", two.Median >= Bar));
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        Console.WriteLine($"  {MachineLoad.Describe()}");
        return rows;
    }

    /// <summary>Starts <paramref name="instances"/> instances (not timed), then times completing all their steps with <paramref name="workers"/> workers.</summary>
    private static async Task<double> MeasureAsync(SequentialRun run, int instances, int workers)
    {
        var ids = await run.StartAsync(instances).ConfigureAwait(false);
        var slices = SequentialRun.Slices(ids, workers);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(slices.Select(slice => Task.Run(() => run.CompleteAllAsync(slice)))).ConfigureAwait(false);
        clock.Stop();
        return instances * run.Steps / clock.Elapsed.TotalSeconds;
    }

    private static async Task ProfileAsync(string path, int instances)
    {
        var inner = await SqliteInstanceStore.OpenAsync(path).ConfigureAwait(false);
        await using (inner.ConfigureAwait(false))
        {
            var store = new ProfilingStore(inner);
            var run = new SequentialRun(store, Steps);
            var ids = await run.StartAsync(instances).ConfigureAwait(false);
            store.Reset();
            var clock = Stopwatch.StartNew();
            await run.CompleteAllAsync(ids).ConfigureAwait(false);
            clock.Stop();

            var transitions = (double)instances * Steps;
            var c = CultureInfo.InvariantCulture;
            var total = clock.Elapsed.TotalMicroseconds / transitions;
            var storeMicroseconds = 0.0;
            Console.WriteLine(string.Format(c, "  profile of one transition (1 worker, {0:N0} transitions): {1:0} µs in all", transitions, total));
            foreach (var (call, (calls, ticks)) in store.Calls.OrderBy(x => x.Key, StringComparer.Ordinal))
            {
                var microseconds = Stopwatch.GetElapsedTime(0, ticks).TotalMicroseconds / transitions;
                storeMicroseconds += microseconds;
                Console.WriteLine(string.Format(c, "    {0,-18} {1,5:0.00} calls  {2,6:0} µs", call, calls / transitions, microseconds));
            }

            Console.WriteLine(string.Format(c, "    engine work        {0,18:0} µs   statements per commit (BEGIN…COMMIT): {1:0.0}", total - storeMicroseconds, store.CommitStatements / transitions));
        }
    }
}

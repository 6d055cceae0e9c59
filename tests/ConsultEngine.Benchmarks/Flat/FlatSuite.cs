using System.Diagnostics;
using System.Globalization;
using ConsultEngine.Benchmarks.Durable;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Benchmarks.Workloads;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Benchmarks.Flat;

/// <summary>
/// The flat suite: does one step cost more when the definition is bigger? A batch is the same
/// number of instances of a sequential definition of 6 steps or of 600, started (not timed) and then
/// driven to the end (timed: every <c>CompleteStepAsync</c>, step by step across the batch). The
/// 6-step batch is repeated 100 times so that both sides time the same number of transitions and
/// leave the same number of step rows behind. Each sample has a fresh store (a fresh SQLite file);
/// the two sizes alternate round by round. A Stopwatch harness: a warm-up sample of each, then the
/// median and the best of the rounds.
/// </summary>
internal static class FlatSuite
{
    private const int Small = 6;
    private const int Large = 600;
    private const double Bar = 1.5;

    public static IReadOnlyList<ResultRow> Run(bool quick)
    {
        Console.WriteLine($"flat{(quick ? " (quick)" : string.Empty)}: µs per step, {Small}-step against {Large}-step sequential definitions");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        var rows = new List<ResultRow>();
        var memoryInstances = quick ? 30 : 50;
        var sqliteInstances = quick ? 8 : 20;
        var rounds = quick ? 3 : 7;
        rows.Add(Compare("in memory", memoryInstances, rounds, () => Task.FromResult<(IInstanceStore, IAsyncDisposable?)>((new InMemoryInstanceStore(), null))));
        rows.Add(Compare("SQLite", sqliteInstances, rounds, async () =>
        {
            var database = new TempDatabase();
            var store = await SqliteInstanceStore.OpenAsync(database.Path).ConfigureAwait(false);
            return (store, new Closing(store, database));
        }));
        Console.WriteLine($"  {MachineLoad.Describe()}");
        return rows;
    }

    private static ResultRow Compare(string where, int instances, int rounds, Func<Task<(IInstanceStore Store, IAsyncDisposable? Owner)>> open)
    {
        double Sample(int steps) => SampleAsync(steps, instances, open).GetAwaiter().GetResult();
        _ = Sample(Small);
        _ = Sample(Large);
        var small = new Rounds();
        var large = new Rounds();
        for (var round = 0; round < rounds; round++)
        {
            Rounds.Settle();
            small.Add(Sample(Small));
            Rounds.Settle();
            large.Add(Sample(Large));
        }

        var ratio = large.Median / small.Median;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(c, "  {0,-9} batches of {1} instances, µs per step (median | best of {2}): {3} steps {4,7:0.0} | {5:0.0}   {6} steps {7,7:0.0} | {8:0.0}   ratio {9:0.00}×",
            where, instances, rounds, Small, small.Median, small.Min, Large, large.Median, large.Min, ratio));
        return new ResultRow("flat", $"µs per step, {Large}-step vs {Small}-step definition, {where}",
            large.Median.ToString("0.0", c), small.Median.ToString("0.0", c) + $" ({Small} steps)", ratio.ToString("0.00", c) + "×", $"≤ {Bar}×", ratio <= Bar);
    }

    /// <summary>Microseconds per completed step over batches that add up to <c>instances × 600</c> transitions.</summary>
    private static async Task<double> SampleAsync(int steps, int instances, Func<Task<(IInstanceStore Store, IAsyncDisposable? Owner)>> open)
    {
        var (store, owner) = await open().ConfigureAwait(false);
        try
        {
            var run = new SequentialRun(store, steps);
            var elapsed = TimeSpan.Zero;
            for (var batch = 0; batch < Large / steps; batch++)
            {
                var ids = await run.StartAsync(instances).ConfigureAwait(false);
                var clock = Stopwatch.StartNew();
                await run.CompleteAllAsync(ids).ConfigureAwait(false);
                elapsed += clock.Elapsed;
            }

            return elapsed.TotalMicroseconds / (instances * (double)Large);
        }
        finally
        {
            if (owner is not null)
            {
                await owner.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private sealed class Closing(SqliteInstanceStore store, TempDatabase database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await store.DisposeAsync().ConfigureAwait(false);
            database.Dispose();
        }
    }
}

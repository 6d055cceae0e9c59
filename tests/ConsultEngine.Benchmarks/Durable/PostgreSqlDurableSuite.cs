using System.Diagnostics;
using System.Globalization;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Benchmarks.Workloads;
using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Benchmarks.Durable;

/// <summary>
/// Durable transitions per second on PostgreSQL beside SQLite, in one run: <c>CompleteStepAsync</c>
/// over every step of many instances of a sequential definition (as the durable suite), with one
/// worker and two concurrent workers sharing a store, and on PostgreSQL also two nodes (two workers,
/// a store each, on one database). PostgreSQL runs on a throw-away database created on the server
/// that <see cref="Variable"/> names and dropped afterwards; without it the suite says so and reports nothing.
/// </summary>
internal static class PostgreSqlDurableSuite
{
    public const string Variable = "CONSULT_TEST_POSTGRES";

    private const int Steps = 10;

    public static IReadOnlyList<ResultRow> Run(bool quick)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.WriteLine($"pg-durable: skipped, {Variable} names no PostgreSQL server");
            return [];
        }

        var (instances, rounds) = quick ? (100, 3) : (300, 7);
        Console.WriteLine($"pg-durable{(quick ? " (quick)" : string.Empty)}: {Steps}-step sequential definition, {instances} new instances per round, {instances * Steps:N0} transitions timed per round and side, SQLite file against PostgreSQL");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        using var sqliteFile = new TempDatabase();
        var database = ThrowAwayDatabase.CreateAsync(server).GetAwaiter().GetResult();
        var stores = new List<IAsyncDisposable>();
        try
        {
            var sqlite = Open(stores, SqliteInstanceStore.OpenAsync(sqliteFile.Path));
            var pg = Open(stores, PostgreSqlInstanceStore.OpenAsync(database.ConnectionString));
            var pgOther = Open(stores, PostgreSqlInstanceStore.OpenAsync(database.ConnectionString));
            var sides = new Side[]
            {
                new("SQLite", 1, n => TimeAsync([sqlite], n, 1)),
                new("SQLite", 2, n => TimeAsync([sqlite], n, 2)),
                new("PostgreSQL", 1, n => TimeAsync([pg], n, 1)),
                new("PostgreSQL", 2, n => TimeAsync([pg], n, 2)),
                new("PostgreSQL, 2 nodes (a store each)", 2, n => TimeAsync([pg, pgOther], n, 2)),
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
                    side.Rounds.Add(side.Measure(instances).GetAwaiter().GetResult());
                }
            }

            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Format(c, "  transitions/s (median | best of {0}):", rounds));
            foreach (var side in sides)
            {
                Console.WriteLine(string.Format(c, "    {0,-34} {1} worker{2}  {3,7:N0} | {4:N0}", side.Name, side.Workers, side.Workers == 1 ? " " : "s", side.Rounds.Median, side.Rounds.Max));
            }

            var (sqliteOne, sqliteTwo, pgOne, pgTwo, pgNodes) = (sides[0].Rounds.Median, sides[1].Rounds.Median, sides[2].Rounds.Median, sides[3].Rounds.Median, sides[4].Rounds.Median);
            Console.WriteLine(string.Format(c, "  2 workers against 1: SQLite {0:0.00}×, PostgreSQL {1:0.00}× (one store), {2:0.00}× (two nodes);  PostgreSQL against SQLite: {3:0.00}× (1 worker), {4:0.00}× (2 workers)",
                sqliteTwo / sqliteOne, pgTwo / pgOne, pgNodes / pgOne, pgOne / sqliteOne, pgTwo / sqliteTwo));
            Console.WriteLine($"  {MachineLoad.Describe()}");
            return
            [
                Row("transitions/s on PostgreSQL, 1 worker, against SQLite, 1 worker", pgOne, sqliteOne),
                Row("transitions/s on PostgreSQL, 2 concurrent workers (one store), against SQLite, 2 workers", pgTwo, sqliteTwo),
                Row("transitions/s on PostgreSQL, 2 concurrent workers (one store), against 1 worker", pgTwo, pgOne),
                Row("transitions/s on PostgreSQL, 2 nodes (a store each) on one database, against 1 worker", pgNodes, pgOne),
            ];
        }
        finally
        {
            foreach (var store in stores)
            {
                store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static T Open<T>(List<IAsyncDisposable> stores, Task<T> opening)
        where T : IAsyncDisposable
    {
        var store = opening.GetAwaiter().GetResult();
        stores.Add(store);
        return store;
    }

    private static ResultRow Row(string measure, double value, double other)
    {
        var c = CultureInfo.InvariantCulture;
        return new ResultRow("pg-durable", measure, value.ToString("N0", c), other.ToString("N0", c), (value / other).ToString("0.00", c) + "×", "information", null);
    }

    /// <summary>Starts the instances on the first store (not timed), then times <paramref name="workers"/> workers completing them, worker i on store i mod n.</summary>
    private static async Task<double> TimeAsync(IInstanceStore[] stores, int instances, int workers)
    {
        var runs = stores.Select(s => new SequentialRun(s, Steps)).ToArray();
        var ids = await runs[0].StartAsync(instances).ConfigureAwait(false);
        var slices = SequentialRun.Slices(ids, workers);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(slices.Select((slice, i) => Task.Run(() => runs[i % runs.Length].CompleteAllAsync(slice)))).ConfigureAwait(false);
        clock.Stop();
        return instances * Steps / clock.Elapsed.TotalSeconds;
    }

    private sealed record Side(string Name, int Workers, Func<int, Task<double>> Measure)
    {
        public Rounds Rounds { get; } = new();
    }
}

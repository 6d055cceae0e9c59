using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Benchmarks.Durable;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Persistence.Tools.PostgreSql;
using Npgsql;

namespace ConsultEngine.Benchmarks.Ingest;

/// <summary>
/// The ingestion suite on PostgreSQL, beside SQLite in one run: the same keyed poll votes as <see cref="IngestSuite"/>,
/// by 256 concurrent submitters each awaiting its acknowledgement, through <see cref="PostgreSqlToolDataStore"/>'s
/// group-commit writer with one node and with two (two stores, each its own writer, on one database, the
/// submitters split between them), through one transaction per submission on PostgreSQL (<c>MaxBatchSize = 1</c>),
/// and through the SQLite writer. Every PostgreSQL round runs on a throw-away database of the server that
/// CONSULT_TEST_POSTGRES names (the suite is skipped without it) and checks that the database holds exactly the
/// acknowledged submissions. The server is durable as configured (fsync on unless its operator turned it off).
/// </summary>
internal static class PgIngestSuite
{
    private const string Variable = "CONSULT_TEST_POSTGRES";
    private const int Submitters = 256;
    private const double GroupBar = 10;
    private const double NodesBar = 1.5;

    public static IReadOnlyList<ResultRow> Run(bool quick)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.WriteLine($"pg-ingest: skipped, {Variable} is not set (a connection string to a PostgreSQL server where databases may be created).");
            return [];
        }

        var (rounds, seconds) = quick ? (3, 2.0) : (5, 5.0);
        Console.WriteLine($"pg-ingest{(quick ? " (quick)" : string.Empty)}: {Submitters} concurrent submitters, {rounds} rounds of {seconds:0.#} s per side, alternating; PostgreSQL at {new NpgsqlConnectionStringBuilder(server).Host}:{new NpgsqlConnectionStringBuilder(server).Port}");
        // Group commit pays one WAL flush a batch; a server without fsync or synchronous commit hides what that saves.
        Console.WriteLine($"  server settings: {SettingsAsync(server).GetAwaiter().GetResult()}");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        var (one, two, single, sqlite) = (new Rounds(), new Rounds(), new Rounds(), new Rounds());
        _ = MeasureAsync(server, 1, 1_000, 0.5, report: false).GetAwaiter().GetResult();
        _ = MeasureAsync(server, 1, 1, 0.5, report: false).GetAwaiter().GetResult();
        for (var round = 0; round < rounds; round++)
        {
            Rounds.Settle();
            one.Add(MeasureAsync(server, 1, 1_000, seconds, report: true).GetAwaiter().GetResult());
            Rounds.Settle();
            two.Add(MeasureAsync(server, 2, 1_000, seconds, report: true).GetAwaiter().GetResult());
            Rounds.Settle();
            single.Add(MeasureAsync(server, 1, 1, seconds, report: true).GetAwaiter().GetResult());
            Rounds.Settle();
            var (rate, _, _) = IngestSuite.MeasureAsync(new SqliteToolDataStoreOptions().Durability, 1_000, seconds, report: false).GetAwaiter().GetResult();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "    SQLite group commit:               {0,7:N0}/s", rate));
            sqlite.Add(rate);
        }

        var c = CultureInfo.InvariantCulture;
        var (groupRatio, nodesRatio) = (one.Median / single.Median, two.Median / one.Median);
        Console.WriteLine(string.Format(c, "  committed submissions/s (median | best of {0}): PostgreSQL 1 node {1,7:N0} | {2:N0}   2 nodes {3,7:N0} | {4:N0}   one transaction each {5,6:N0} | {6:N0}   SQLite {7,7:N0} | {8:N0}",
            rounds, one.Median, one.Max, two.Median, two.Max, single.Median, single.Max, sqlite.Median, sqlite.Max));
        Console.WriteLine(string.Format(c, "  group commit / one transaction each: {0:0.0}×   2 nodes / 1 node: {1:0.00}×   PostgreSQL 1 node / SQLite: {2:0.00}×", groupRatio, nodesRatio, one.Median / sqlite.Median));
        Console.WriteLine($"  {MachineLoad.Describe()}");
        return
        [
            new ResultRow("pg-ingest", $"PostgreSQL committed submissions/s, {Submitters} submitters, 1 node; other: one transaction per submission",
                one.Median.ToString("N0", c), single.Median.ToString("N0", c), groupRatio.ToString("0.0", c) + "×", $"≥ {GroupBar:0}×", groupRatio >= GroupBar),
            new ResultRow("pg-ingest", $"PostgreSQL committed submissions/s, {Submitters} submitters, 2 nodes on one database; other: 1 node",
                two.Median.ToString("N0", c), one.Median.ToString("N0", c), nodesRatio.ToString("0.00", c) + "×", $"≥ {NodesBar:0.0}×", nodesRatio >= NodesBar),
            new ResultRow("pg-ingest", $"PostgreSQL 1 node; other: SQLite group commit (synchronous=FULL), same run",
                one.Median.ToString("N0", c), sqlite.Median.ToString("N0", c), (one.Median / sqlite.Median).ToString("0.00", c) + "×", "information", null),
        ];
    }

    /// <summary>One round on a throw-away database: <paramref name="nodes"/> stores share the submitters; returns acknowledged submissions per second.</summary>
    private static async Task<double> MeasureAsync(string server, int nodes, int maxBatch, double seconds, bool report)
    {
        var database = await ThrowAwayDatabase.CreateAsync(server).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            var options = new PostgreSqlToolDataStoreOptions { MaxBatchSize = maxBatch };
            var stores = new List<PostgreSqlToolDataStore>();
            try
            {
                for (var n = 0; n < nodes; n++)
                {
                    stores.Add(await PostgreSqlToolDataStore.OpenAsync(database.ConnectionString, options).ConfigureAwait(false));
                }

                return await SubmitAsync(stores, database.ConnectionString, maxBatch, seconds, report).ConfigureAwait(false);
            }
            finally
            {
                foreach (var store in stores)
                {
                    await store.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task<double> SubmitAsync(List<PostgreSqlToolDataStore> stores, string database, int maxBatch, double seconds, bool report)
    {
        var instance = Guid.NewGuid();
        var nodes = stores.Select(s => s.Inputs(instance, "poll")).ToArray();
        var answers = JsonElement.Parse("""{"q1":"dong-y","q2":4}""");
        var communes = new[] { "Hải Châu", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn", "Liên Chiểu", "Cẩm Lệ", "Hòa Vang" };
        var acknowledged = 0L;
        var next = 0L;
        var commitsBefore = stores.Sum(s => s.Commits);

        // Where the CPU goes: whether one node already fills the machine's cores, which a second node could not add to.
        var cpuUse = await CpuUse.StartAsync(database).ConfigureAwait(false);
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;

        async Task SubmitterAsync(IToolInputs inputs)
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var n = Interlocked.Increment(ref next);
                var result = await inputs.AppendAsync(new ConsultationInput
                {
                    Id = Guid.CreateVersion7(),
                    InstanceId = instance,
                    StepId = "poll",
                    Tool = "online-poll",
                    Channel = InputChannel.Web,
                    Respondent = new RespondentAttributes { Province = "Đà Nẵng", Commune = communes[n % communes.Length] },
                    Answers = answers,
                    UniqueKey = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(n))),
                    SubmittedAt = DateTimeOffset.UtcNow,
                }).ConfigureAwait(false);
                if (result.Status != AppendStatus.Stored)
                {
                    throw new InvalidOperationException($"submission {n} was not stored: {result}");
                }

                Interlocked.Increment(ref acknowledged);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Submitters).Select(i => Task.Run(() => SubmitterAsync(nodes[i % nodes.Length])))).ConfigureAwait(false);
        clock.Stop();
        var cpuUsed = await cpuUse.DescribeAsync().ConfigureAwait(false);
        var rate = acknowledged / clock.Elapsed.TotalSeconds;
        var commits = stores.Sum(s => s.Commits) - commitsBefore;
        if (report)
        {
            var side = maxBatch == 1 ? "one transaction each" : $"group commit, {stores.Count} node{(stores.Count == 1 ? string.Empty : "s")}";
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "    PostgreSQL {0,-22}: {1,7:N0}/s, ≈ {2,5:N0} per commit, process CPU {3,6:0.0} µs per submission",
                side, rate, (double)acknowledged / Math.Max(1, commits), (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / acknowledged));
            Console.WriteLine($"      {cpuUsed}");
        }

        var stored = await nodes[0].CountAsync(InputQuery.All).ConfigureAwait(false);
        if (stored != acknowledged)
        {
            throw new InvalidOperationException($"{acknowledged} submissions were acknowledged but the database holds {stored}.");
        }

        return rate;
    }

    private static async Task<string> SettingsAsync(string server)
    {
        var connection = new NpgsqlConnection(server);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand("SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'server_version')", connection);
            await using (command.ConfigureAwait(false))
            {
                return (string)(await command.ExecuteScalarAsync().ConfigureAwait(false))!;
            }
        }
    }
}

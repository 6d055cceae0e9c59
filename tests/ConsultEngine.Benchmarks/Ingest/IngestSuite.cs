using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Benchmarks.Durable;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Persistence.Tools;

namespace ConsultEngine.Benchmarks.Ingest;

/// <summary>
/// The ingestion suite: public submissions (a poll vote with a unique key, a commune and a small
/// answers object) appended through <see cref="SqliteToolDataStore"/> by many concurrent submitters,
/// each awaiting its acknowledgement before sending the next, as request handlers would. Group
/// commit (batches of up to 1,000) against one transaction per submission (<c>MaxBatchSize = 1</c>):
/// the same writer, table, prepared statements, PRAGMAs and durability, side by side in one run.
/// Each round runs for a fixed time on a fresh file, then waits for every submission in flight; the
/// rate counts acknowledged submissions, and the round checks that the file holds exactly those.
/// The process CPU per submission is printed beside each round: on a shared machine it shows
/// what the work costs when the wall-clock rate is cut by other load.
/// </summary>
internal static class IngestSuite
{
    private const int Submitters = 256;
    private const double RateBar = 20_000;
    private const double RatioBar = 10;

    public static IReadOnlyList<ResultRow> Run(bool quick)
    {
        var (rounds, seconds) = quick ? (3, 2.0) : (5, 5.0);
        Console.WriteLine($"ingest{(quick ? " (quick)" : string.Empty)}: {Submitters} concurrent submitters on a SQLite file, {rounds} rounds of {seconds:0.#} s per side, alternating");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        var rows = new List<ResultRow>();
        foreach (var durability in new[] { IngestionDurability.Full, IngestionDurability.Normal })
        {
            var group = new Rounds();
            var single = new Rounds();
            var batches = new List<double>();
            _ = MeasureAsync(durability, 1_000, 0.5, report: false).GetAwaiter().GetResult();
            _ = MeasureAsync(durability, 1, 0.5, report: false).GetAwaiter().GetResult();
            for (var round = 0; round < rounds; round++)
            {
                Rounds.Settle();
                var (rate, perCommit, _) = MeasureAsync(durability, 1_000, seconds, report: true).GetAwaiter().GetResult();
                group.Add(rate);
                batches.Add(perCommit);
                Rounds.Settle();
                single.Add(MeasureAsync(durability, 1, seconds, report: true).GetAwaiter().GetResult().Rate);
            }

            var c = CultureInfo.InvariantCulture;
            var setting = durability == IngestionDurability.Full ? "synchronous=FULL" : "synchronous=NORMAL";
            var ratio = group.Median / single.Median;
            Console.WriteLine(string.Format(c, "  {0}: committed submissions/s (median | best of {1}): group commit {2,8:N0} | {3:N0} (≈ {4:N0} per commit)   one transaction each {5,7:N0} | {6:N0}   {7:0.0}×",
                setting, rounds, group.Median, group.Max, batches.Order().ElementAt(batches.Count / 2), single.Median, single.Max, ratio));
            var judged = durability == new SqliteToolDataStoreOptions().Durability;
            rows.Add(new ResultRow("ingest", $"committed submissions/s, {Submitters} submitters, {setting}{(judged ? " (the default)" : string.Empty)}; other: one transaction per submission",
                group.Median.ToString("N0", c), single.Median.ToString("N0", c), ratio.ToString("0.0", c) + "×",
                judged ? $"≥ {RatioBar:0}× and ≥ {RateBar:N0}/s" : "information",
                judged ? ratio >= RatioBar && group.Median >= RateBar : null));
        }

        Console.WriteLine($"  {MachineLoad.Describe()}");
        return rows;
    }

    /// <summary>One round on a fresh file: submitters append until the time is up; returns acknowledged submissions per second, submissions per commit and this process's CPU µs per submission.</summary>
    internal static async Task<(double Rate, double PerCommit, double CpuMicros)> MeasureAsync(IngestionDurability durability, int maxBatch, double seconds, bool report)
    {
        using var database = new TempDatabase();
        var options = new SqliteToolDataStoreOptions { Durability = durability, MaxBatchSize = maxBatch };
        var store = await SqliteToolDataStore.OpenAsync(database.Path, options).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var instance = Guid.NewGuid();
            var inputs = store.Inputs(instance, "poll");
            var answers = JsonElement.Parse("""{"q1":"dong-y","q2":4}""");
            var communes = new[] { "Hải Châu", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn", "Liên Chiểu", "Cẩm Lệ", "Hòa Vang" };
            var acknowledged = 0L;
            var next = 0L;
            var commitsBefore = store.Writer.Commits;
            var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;

            async Task SubmitAsync()
            {
                while (Stopwatch.GetTimestamp() < deadline)
                {
                    var n = Interlocked.Increment(ref next);
                    var result = await inputs.AppendAsync(new ConsultationInput
                    {
                        // Time-ordered, as the tools make them: the id index grows at its end.
                        Id = Guid.CreateVersion7(),
                        InstanceId = instance,
                        StepId = "poll",
                        Tool = "online-poll",
                        Channel = InputChannel.Web,
                        Respondent = new RespondentAttributes { Province = "Đà Nẵng", Commune = communes[n % communes.Length] },
                        Answers = answers,
                        // Shaped like the poll's keyed hash of a phone number: 64 hex digits in random order.
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

            await Task.WhenAll(Enumerable.Range(0, Submitters).Select(_ => Task.Run(SubmitAsync))).ConfigureAwait(false);
            clock.Stop();
            var cpuMicros = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / Math.Max(1, acknowledged);
            if (report)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "    {0}: {1,7:N0}/s, process CPU {2,6:0.0} µs per submission", maxBatch == 1 ? "one transaction each" : "group commit        ", acknowledged / clock.Elapsed.TotalSeconds, cpuMicros));
            }

            var commits = store.Writer.Commits - commitsBefore;
            var stored = await inputs.CountAsync(InputQuery.All).ConfigureAwait(false);
            if (stored != acknowledged)
            {
                throw new InvalidOperationException($"{acknowledged} submissions were acknowledged but the file holds {stored}.");
            }

            return (acknowledged / clock.Elapsed.TotalSeconds, (double)acknowledged / Math.Max(1, commits), cpuMicros);
        }
    }
}

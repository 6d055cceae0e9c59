using System.Globalization;
using System.Net;
using ConsultEngine.Benchmarks.Ingest;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Persistence.Tools;

namespace ConsultEngine.Benchmarks.Http;

/// <summary>
/// The <c>http</c> suite: public survey submissions over HTTP against the same host's <c>GET /api/health</c>
/// and the group-commit writer alone, side by side in one run. The real web host runs as its own process
/// (the Release build of <c>designer/ConsultEngine.Web</c>) on a fresh SQLite file holding the example
/// consultation with its survey collecting; the load comes from this process with 64 and 256 connections.
/// Printed: committed submissions/s, health requests/s and their ratio, the host's CPU µs per submission,
/// its resident memory after start and after the burst, the load average. Checked: every 201 is stored
/// exactly once (the file is read after the host is stopped, the input ids compared).
/// </summary>
internal static class HttpSuite
{
    private const double RatioBar = 0.5;
    private static readonly int[] Connections = [64, 256];

    public static IReadOnlyList<ResultRow> Run(bool quick) => RunAsync(quick).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
    {
        // The full run warms each connection count for 30 s: a host serves for days, and in its first seconds
        // under load the JIT is still recompiling the hot path (tiered compilation with PGO took about a fifth
        // of the host's CPU in the window 5 to 35 s after start), which would be measured as the request's cost.
        var (warmUp, measure, writer) = quick ? (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), 2.0) : (TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), 5.0);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"http{(quick ? " (quick)" : string.Empty)}: the web host as its own process, {string.Join(" and ", Connections)} connections, {measure.TotalSeconds:0} s per measure after {warmUp.TotalSeconds:0} s of warm-up");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        if (WebHostProcess.FindBuild() is not { } dll)
        {
            Console.WriteLine("  the web host is not built in Release: dotnet build designer/ConsultEngine.Web -c Release");
            return [new ResultRow("http", "the web host's Release build", "missing", "—", "—", "built", false)];
        }

        Console.WriteLine($"  host build {dll}");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        using var data = await HttpData.CreateAsync(cancel.Token).ConfigureAwait(false);
        var before = (await data.StoredInputIdsAsync(cancel.Token).ConfigureAwait(false)).ToHashSet();
        var rows = new List<ResultRow>();
        var accepted = new List<Guid>();
        var created = 0L;
        var figures = new List<(int Connections, double Submissions, double Health, Costs Submission, Costs HealthCost, Costs Refused)>();
        double idleRss, burstRss;
        var host = await WebHostProcess.StartAsync(dll, data, cancel.Token).ConfigureAwait(false);
        await using (host.ConfigureAwait(false))
        {
            await Task.Delay(TimeSpan.FromSeconds(quick ? 1 : 5), cancel.Token).ConfigureAwait(false);
            idleRss = host.ResidentMegabytes();
            Console.WriteLine(string.Format(c, "  host pid {0}: resident memory after start (idle) {1:0} MB", host.Id, idleRss));
            foreach (var connections in Connections)
            {
                using var load = new LoadGenerator(host.Address, connections);
                var warm = await load.SubmitAsync(data.InstanceId, HttpData.SurveyStep, warmUp).ConfigureAwait(false);
                accepted.AddRange(warm.InputIds);
                created += warm.Count(HttpStatusCode.Created);
                _ = await load.HealthAsync(warmUp / 2).ConfigureAwait(false);

                Rounds.Settle();
                var (submitted, submissionCost) = await Costs.MeasureAsync(host, () => load.SubmitAsync(data.InstanceId, HttpData.SurveyStep, measure), HttpStatusCode.Created).ConfigureAwait(false);
                accepted.AddRange(submitted.InputIds);
                created += submitted.Count(HttpStatusCode.Created);
                var (health, healthCost) = await Costs.MeasureAsync(host, () => load.HealthAsync(measure), HttpStatusCode.OK).ConfigureAwait(false);
                var (refused, refusedCost) = await Costs.MeasureAsync(host, () => load.RefusedAsync(data.InstanceId, HttpData.SurveyStep, measure / 2), HttpStatusCode.UnprocessableEntity).ConfigureAwait(false);
                var committed = submitted.PerSecond(HttpStatusCode.Created);
                figures.Add((connections, committed, health.PerSecond(HttpStatusCode.OK), submissionCost, healthCost, refusedCost));
                Console.WriteLine(string.Format(c, "  {0,3} connections: submissions {1,8:N0}/s committed (201)   health {2,8:N0}/s   ratio {3,5:0.0%}   host CPU {4,6:0} µs per submission   answers {5}{6}",
                    connections, committed, health.PerSecond(HttpStatusCode.OK), committed / Math.Max(1, health.PerSecond(HttpStatusCode.OK)), submissionCost.HostMicros,
                    string.Join(", ", submitted.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")),
                    submitted.Failures + health.Failures > 0 ? $"   transport failures {submitted.Failures + health.Failures}" : string.Empty));
                Console.WriteLine(string.Format(c, "      CPU µs per answer, host + load generator: submission {0:0} + {1:0}, health {2:0} + {3:0}; at these costs both cores give a ratio of about {4:0.0%}",
                    submissionCost.HostMicros, submissionCost.LoadMicros, healthCost.HostMicros, healthCost.LoadMicros, healthCost.TotalMicros / Math.Max(1, submissionCost.TotalMicros)));
                Console.WriteLine(string.Format(c, "      the same POST refused before the tool (no consent: {0}): host CPU {1:0} µs per answer; the bar allows a submission {2:0} µs of host CPU at these costs",
                    string.Join(", ", refused.Refusals.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} ×{r.Value}")), refusedCost.HostMicros, Allowance(submissionCost, healthCost)));
                if (submitted.Refusals.Count > 0 || warm.Refusals.Count > 0)
                {
                    Console.WriteLine($"      refusals (status and code): {string.Join(", ", warm.Refusals.Concat(submitted.Refusals).GroupBy(r => r.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Sum(r => r.Value)}"))}");
                }
            }

            burstRss = host.ResidentMegabytes();
            Console.WriteLine(string.Format(c, "  resident memory after the burst {0:0} MB   {1}", burstRss, MachineLoad.Describe()));
        }

        // The host is stopped (killed: what was acknowledged must be in the file already).
        var stored = (await data.StoredInputIdsAsync(cancel.Token).ConfigureAwait(false)).Where(id => !before.Contains(id)).ToList();
        var exact = accepted.Count == created && accepted.Distinct().Count() == accepted.Count && stored.Count == accepted.Count && stored.ToHashSet().SetEquals(accepted);
        Console.WriteLine($"  every 201 stored exactly once: {(exact ? "yes" : "NO")} ({created:N0} answered 201, {accepted.Count:N0} input ids, {stored.Count:N0} new inputs in the file)");

        Rounds.Settle();
        var (writerRate, _, writerCpu) = await IngestSuite.MeasureAsync(new SqliteToolDataStoreOptions().Durability, 1_000, writer, report: true).ConfigureAwait(false);
        Console.WriteLine(string.Format(c, "  the group-commit writer alone (in this process, 256 submitters): {0:N0}/s, {1:0} µs of CPU per submission", writerRate, writerCpu));
        foreach (var f in figures)
        {
            // What no faster tool could remove: the request up to the tool, and the durable write after it.
            var floor = f.Refused.HostMicros + writerCpu;
            var allowed = Allowance(f.Submission, f.HealthCost);
            Console.WriteLine(string.Format(c, "  {0,3} connections: request up to the tool {1:0} µs + the write alone {2:0} µs = {3:0} µs of CPU with no tool at all, against {4:0} µs the bar allows: {5}",
                f.Connections, f.Refused.HostMicros, writerCpu, floor, allowed, floor <= allowed ? "within" : "over"));
        }

        Console.WriteLine($"  {MachineLoad.Describe()}");

        foreach (var f in figures)
        {
            var ratio = f.Submissions / Math.Max(1, f.Health);
            rows.Add(new ResultRow("http", $"committed submissions/s over HTTP, {f.Connections} connections; other: GET /api/health/s of the same host", f.Submissions.ToString("N0", c), f.Health.ToString("N0", c), ratio.ToString("0.0%", c), $"≥ {RatioBar:0%}", ratio >= RatioBar && exact));
            rows.Add(new ResultRow("http", $"host CPU µs per submission, {f.Connections} connections; other: the writer alone, /s", f.Submission.HostMicros.ToString("0", c), writerRate.ToString("N0", c), (f.Submissions / writerRate).ToString("0.0%", c), "information", null));
            rows.Add(new ResultRow("http", $"host CPU µs per POST refused before the tool (422, no consent), {f.Connections} connections; other: host CPU µs a submission may cost for the 50 % bar at this run's health and load-generator costs", f.Refused.HostMicros.ToString("0", c), Allowance(f.Submission, f.HealthCost).ToString("0", c), "—", "information", null));
            rows.Add(new ResultRow("http", $"host CPU µs per GET /api/health, {f.Connections} connections; other: the load generator's per health request / per submission", f.HealthCost.HostMicros.ToString("0", c), $"{f.HealthCost.LoadMicros.ToString("0", c)} / {f.Submission.LoadMicros.ToString("0", c)}", "—", "information", null));
        }

        rows.Add(new ResultRow("http", "every 201 stored exactly once (input ids against the file)", exact ? "yes" : "no", created.ToString("N0", c), "—", "yes", exact));
        // Information only: this host also ran the throughput measures. The bars are judged by the burst
        // rows below, on a host of its own (idle after start, then a timed submission burst).
        rows.Add(new ResultRow("http", "host resident memory MB, this host: shortly after start; other: after the throughput measures", idleRss.ToString("0", c), burstRss.ToString("0", c), "—", "information", null));
        rows.AddRange(await MemoryBurst.RunAsync(dll, quick, cancel.Token).ConfigureAwait(false));
        return rows;
    }

    /// <summary>
    /// The host CPU a submission may cost for the ratio bar when the two cores are the limit: the rates stand in the
    /// inverse ratio of host + load-generator CPU per answer, so submissions/health ≥ bar needs
    /// host(submission) ≤ (host(health) + load(health)) ÷ bar − load(submission).
    /// </summary>
    private static double Allowance(Costs submission, Costs health) => (health.TotalMicros / RatioBar) - submission.LoadMicros;
}

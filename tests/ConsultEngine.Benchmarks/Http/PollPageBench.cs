using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ConsultEngine.Benchmarks.Analysis;

namespace ConsultEngine.Benchmarks.Http;

/// <summary>
/// The public poll page as a citizen opens it: the real web host (its Release build, as its own process) on a
/// file holding a poll of many votes and one of <see cref="PollPageData.SmallVotes"/>, both open and publishing
/// their live tallies. One connection asks, in turn, for the large poll's page, the small poll's page, the large
/// poll's public API answer and the small one's (so that the machine's other load falls on all alike), and each
/// answer's whole time is kept: request sent to the last byte read. Checked: every answer is 200 and each poll's
/// API answer shows all its votes.
/// </summary>
internal static class PollPageBench
{
    public static async Task<PollPageFigures> RunAsync(string dll, int votes, int requests, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var data = await PollPageData.CreateAsync(votes, done => Console.WriteLine($"    {done:N0} of {votes:N0} votes written ({clock.Elapsed.TotalSeconds:0} s)"), cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"  poll page over HTTP: {votes:N0} + {PollPageData.SmallVotes} votes written through the poll tool in {clock.Elapsed.TotalSeconds:0.0} s; starting the host");
        var host = await WebHostProcess.StartAsync(dll, data, cancellationToken).ConfigureAwait(false);
        await using (host.ConfigureAwait(false))
        {
            using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1 }) { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(60) };
            Uri Page(Guid id) => new($"consultations/{id}/steps/{PollPageData.Step}", UriKind.Relative);
            Uri Api(Guid id) => new($"api/consultations/{id}/steps/{PollPageData.Step}", UriKind.Relative);

            // The first request on the large poll after the start, apart: it may count what the host has not counted yet.
            var (first, _, _) = await TimeAsync(client, Page(data.Large), cancellationToken).ConfigureAwait(false);
            var (_, largeBody, _) = await TimeAsync(client, Api(data.Large), cancellationToken).ConfigureAwait(false);
            var (_, smallBody, _) = await TimeAsync(client, Api(data.Small), cancellationToken).ConfigureAwait(false);
            var largePeople = Answered(largeBody);
            var smallPeople = Answered(smallBody);

            Uri[] turn = [Page(data.Large), Page(data.Small), Api(data.Large), Api(data.Small)];
            var times = turn.Select(_ => new List<double>(requests)).ToArray();
            var failures = 0;
            for (var i = 0; i < requests / 10; i++)
            {
                // Warm-up: the JIT and the host's caches settle before anything is kept.
                foreach (var uri in turn)
                {
                    _ = await TimeAsync(client, uri, cancellationToken).ConfigureAwait(false);
                }
            }

            for (var i = 0; i < requests; i++)
            {
                for (var k = 0; k < turn.Length; k++)
                {
                    var (seconds, _, status) = await TimeAsync(client, turn[k], cancellationToken).ConfigureAwait(false);
                    times[k].Add(seconds);
                    failures += status == HttpStatusCode.OK ? 0 : 1;
                }
            }

            foreach (var list in times)
            {
                list.Sort();
            }

            return new PollPageFigures(
                new Latency(AnalysisSuite.Percentile(times[0], 0.5), AnalysisSuite.Percentile(times[0], 0.99)),
                new Latency(AnalysisSuite.Percentile(times[1], 0.5), AnalysisSuite.Percentile(times[1], 0.99)),
                new Latency(AnalysisSuite.Percentile(times[2], 0.5), AnalysisSuite.Percentile(times[2], 0.99)),
                new Latency(AnalysisSuite.Percentile(times[3], 0.5), AnalysisSuite.Percentile(times[3], 0.99)),
                first, largePeople, smallPeople, failures);
        }
    }

    private static async Task<(double Seconds, string Body, HttpStatusCode Status)> TimeAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return (Stopwatch.GetElapsedTime(started).TotalSeconds, body, response.StatusCode);
    }

    /// <summary>The people the published tally counts, from the step's public API answer (its shares view), or -1.</summary>
    private static int Answered(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return Find(document.RootElement);
        }
        catch (JsonException)
        {
            return -1;
        }
    }

    private static int Find(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("answered", out var answered) && answered.ValueKind == JsonValueKind.Number)
                {
                    return answered.GetInt32();
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value) is var found and >= 0)
                    {
                        return found;
                    }
                }

                return -1;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item) is var found and >= 0)
                    {
                        return found;
                    }
                }

                return -1;
            default:
                return -1;
        }
    }
}

internal readonly record struct Latency(double P50, double P99);

internal sealed record PollPageFigures(Latency LargePage, Latency SmallPage, Latency LargeApi, Latency SmallApi, double LargeFirst, int LargePeople, int SmallPeople, int Failures);

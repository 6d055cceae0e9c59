using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ConsultEngine.Benchmarks.Http;

/// <summary>What one load round came to: responses by status, and the input ids the 201s carried.</summary>
internal sealed record LoadResult(TimeSpan Elapsed, IReadOnlyDictionary<int, long> Statuses, IReadOnlyList<Guid> InputIds, long Failures)
{
    /// <summary>The refusals by status and the code of their problem details (<c>409 CE9103</c>), so that no refusal goes unexplained.</summary>
    public IReadOnlyDictionary<string, long> Refusals { get; init; } = new Dictionary<string, long>();

    public long Count(HttpStatusCode status) => Statuses.GetValueOrDefault((int)status);

    public double PerSecond(HttpStatusCode status) => Count(status) / Elapsed.TotalSeconds;
}

/// <summary>
/// The benchmark's own load generator: <c>connections</c> workers on one <see cref="SocketsHttpHandler"/>
/// allowing as many connections, each sending its next request as soon as the last is answered, for a fixed
/// time (a closed loop, as a crowd of browsers waiting for their answer). Every answer is read to its end.
/// </summary>
internal sealed class LoadGenerator(Uri address, int connections) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(60),
    };

    // Shared by every generator of the run: each submission is a different respondent, whatever the round.
    private static long _submissions;

    /// <summary>Survey submissions, each a different respondent (its own identifier), with the consent the public bodies carry.</summary>
    public Task<LoadResult> SubmitAsync(Guid instanceId, string stepId, TimeSpan duration) =>
        RunAsync(duration, collectIds: true, () => Submission(instanceId, stepId, consent: true));

    /// <summary>
    /// The same submissions without the person's consent (<c>consent.privacy</c> false): the host refuses each with
    /// 422 CE8220 after routing, the rate limiter, the endpoint filters, binding the body and finding the open step,
    /// and before the tool or the writer. What this costs the host is the part of a submission that is not the tool's.
    /// </summary>
    public Task<LoadResult> RefusedAsync(Guid instanceId, string stepId, TimeSpan duration) =>
        RunAsync(duration, collectIds: false, () => Submission(instanceId, stepId, consent: false));

    public Task<LoadResult> HealthAsync(TimeSpan duration) =>
        RunAsync(duration, collectIds: false, () => new HttpRequestMessage(HttpMethod.Get, new Uri("api/health", UriKind.Relative)));

    public void Dispose() => _client.Dispose();

    private static HttpRequestMessage Submission(Guid instanceId, string stepId, bool consent) =>
        new(HttpMethod.Post, new Uri($"api/consultations/{instanceId}/steps/{stepId}/submissions", UriKind.Relative))
        {
            Content = new ByteArrayContent(Body(Interlocked.Increment(ref _submissions), consent)) { Headers = { ContentType = Json } },
        };

    private static byte[] Body(long n, bool consent)
    {
        string[] frequency = ["hang-ngay", "3-6-lan", "1-2-lan", "it-hon"];
        string[] communes = ["Phường Trường Vinh", "Xã Nghi Lộc", "Phường Vinh Hưng", "Xã Hưng Nguyên"];
        var i = (int)(n % 4);
        var answers = "{\"tan_suat\":\"" + frequency[i] + "\",\"hai_long\":\"" + (1 + (n % 5)).ToString(CultureInfo.InvariantCulture)
            + "\",\"muc_gia\":\"phu-hop\",\"phuong_an\":\"ket-hop\",\"san_sang_phan_loai\":\"co\",\"chi_tra_toi_da\":" + (20 + (n % 30)).ToString(CultureInfo.InvariantCulture) + "}";
        return Encoding.UTF8.GetBytes("{\"answers\":" + answers + ",\"respondent\":{\"province\":\"Nghệ An\",\"commune\":\"" + communes[i]
            + "\"},\"identifier\":\"bench-" + n.ToString(CultureInfo.InvariantCulture) + "\",\"consent\":{\"privacy\":" + (consent ? "true" : "false") + ",\"sensitive\":false}}");
    }

    private async Task<LoadResult> RunAsync(TimeSpan duration, bool collectIds, Func<HttpRequestMessage> next)
    {
        var statuses = new ConcurrentDictionary<int, long>();
        var refusals = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var ids = new ConcurrentQueue<Guid>();
        long failures = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();

        async Task WorkAsync()
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                try
                {
                    using var request = next();
                    using var response = await _client.SendAsync(request).ConfigureAwait(false);
                    var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    statuses.AddOrUpdate((int)response.StatusCode, 1, static (_, c) => c + 1);
                    if ((int)response.StatusCode >= 400)
                    {
                        refusals.AddOrUpdate($"{(int)response.StatusCode} {CodeOf(body)}", 1, static (_, c) => c + 1);
                    }

                    if (collectIds && response.StatusCode == HttpStatusCode.Created)
                    {
                        using var json = JsonDocument.Parse(body);
                        foreach (var id in json.RootElement.GetProperty("inputIds").EnumerateArray())
                        {
                            ids.Enqueue(id.GetGuid());
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                catch (TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(WorkAsync))).ConfigureAwait(false);
        clock.Stop();
        return new LoadResult(clock.Elapsed, statuses, [.. ids], failures) { Refusals = refusals };
    }

    /// <summary>The <c>code</c> of a problem-details body, or <c>?</c>.</summary>
    private static string CodeOf(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString() ?? "?"
                : "?";
        }
        catch (JsonException)
        {
            return "?";
        }
    }
}

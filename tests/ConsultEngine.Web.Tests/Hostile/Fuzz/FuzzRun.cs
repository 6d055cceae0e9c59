using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ConsultEngine.Web.Tests.Hostile.Fuzz;

/// <summary>
/// Sends a run's requests over real HTTP, several at once, and keeps what came back: the number of
/// requests per endpoint, the statuses, and every answer <see cref="FuzzVerdict"/> finds wrong (with the
/// request's number, so <c>seed</c> and number replay it). A form post to a portal page first loads the
/// page as a browser would (its antiforgery token and cookie, its field names), then posts a broken form.
/// </summary>
internal sealed partial class FuzzRun(HttpClient client, FuzzRequests requests)
{
    private static readonly string[] WrongMethods = ["GET", "PUT", "PATCH", "DELETE", "POST"];

    public ConcurrentDictionary<string, int> PerEndpoint { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<int, int> PerStatus { get; } = new();

    public ConcurrentQueue<string> Failures { get; } = new();

    public int Sent => PerStatus.Values.Sum();

    public async Task<TimeSpan> RunAsync(int count, int parallel)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (n, _) => await OneAsync(n));
        return clock.Elapsed;
    }

    private async Task OneAsync(int n)
    {
        var random = requests.RandomFor(n);
        var target = requests.TargetFor(random);
        var address = requests.Address(random, target, out var stepId);
        var method = random.Next(100) < 3 ? WrongMethods[random.Next(WrongMethods.Length)] : target.Method;
        if (!target.IsApi && method == "POST")
        {
            await PagePostAsync(n, random, target, address);
            return;
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), Relative(address));
        var kind = "no body";
        if (method is "POST" or "PUT" or "PATCH" || (method == "DELETE" && random.Next(2) == 0))
        {
            (request.Content, kind) = FuzzBodies.Next(random, requests.ValidBody(target, stepId, address));
        }

        FuzzRequests.AddHeaders(random, request);
        await SendAsync(n, target, request, kind);
    }

    private async Task PagePostAsync(int n, Random random, FuzzTarget target, string address)
    {
        string? cookies = null;
        var fields = new List<KeyValuePair<string, string>>();
        using (var load = new HttpRequestMessage(HttpMethod.Get, Relative(address)))
        {
            var page = await SendAsync(n, target with { Method = "GET" }, load, "page load");
            if (page is { } loaded)
            {
                cookies = loaded.Cookies;
                fields.AddRange(BrowserLikeClient.HiddenFields(loaded.Html).Where(_ => random.Next(8) != 0));
                foreach (var name in FieldName().Matches(loaded.Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().Where(_ => random.Next(3) != 0))
                {
                    fields.Add(new(name, FormValue(random)));
                }
            }
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            fields.Add(new(random.Next(2) == 0 ? "/answers/" + FormValue(random) : "_handler", FormValue(random)));
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, Relative(address));
        var kind = "form";
        switch (random.Next(10))
        {
            case 0:
                post.Content = FuzzBodies.Raw(Encoding.ASCII.GetBytes("%FF%FE=%C3%28&a=%&b=%zz&" + string.Join("&", fields.Select(f => f.Key + "=" + f.Value))), "application/x-www-form-urlencoded");
                kind = "form, bad encoding";
                break;
            case 1:
                (post.Content, kind) = FuzzBodies.Next(random, null);
                break;
            default:
                post.Content = new FormUrlEncodedContent(fields);
                break;
        }

        if (cookies is not null)
        {
            post.Headers.TryAddWithoutValidation("Cookie", cookies);
        }

        FuzzRequests.AddHeaders(random, post);
        await SendAsync(n, target, post, kind);
    }

    private static string FormValue(Random random) => random.Next(8) switch
    {
        0 => new string(FuzzBodies.Pick(random, "xé𝕏 "), random.Next(100, random.Next(5) == 0 ? 70_000 : 20_000)),
        1 => "yes",
        2 => "next",
        3 => "-99999999999999999999",
        4 => "\u0000\u202e<script>",
        5 => "2025-02-30",
        6 => string.Empty,
        _ => random.Next(-5, 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<(string Html, string? Cookies)?> SendAsync(int n, FuzzTarget target, HttpRequestMessage request, string kind)
    {
        var what = $"#{n} {request.Method} {request.RequestUri?.OriginalString[..Math.Min(request.RequestUri.OriginalString.Length, 160)]} ({target.Key}, {kind})";
        PerEndpoint.AddOrUpdate(target.Key, 1, (_, c) => c + 1);
        try
        {
            using var response = await client.SendAsync(request);
            PerStatus.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
            foreach (var problem in await FuzzVerdict.CheckAsync(response, "/" + request.RequestUri!.OriginalString.TrimStart('/')))
            {
                Failures.Enqueue($"{what}: {problem}");
            }

            if (response.StatusCode != HttpStatusCode.OK || request.Method != HttpMethod.Get)
            {
                return null;
            }

            var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? string.Join("; ", set.Select(c => c.Split(';')[0])) : null;
            return (await response.Content.ReadAsStringAsync(), cookies);
        }
        catch (HttpRequestException error)
        {
            PerStatus.AddOrUpdate(0, 1, (_, c) => c + 1);
            Failures.Enqueue($"{what}: no answer ({error.Message})");
        }
        catch (TaskCanceledException)
        {
            PerStatus.AddOrUpdate(0, 1, (_, c) => c + 1);
            Failures.Enqueue($"{what}: no answer in time");
        }

        return null;
    }

    private static Uri Relative(string address) => new(address.TrimStart('/'), UriKind.Relative);

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();
}

using System.Net;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Hostile.Fuzz;

/// <summary>
/// The slice of the fuzz run with the host's default limits (60 public submissions and 300 public reads a
/// minute per client): a flood of reads and posts from one client is slowed with 429 problem details
/// (CE code, Retry-After, the security headers), never with a server error.
/// </summary>
public sealed class DefaultLimitsFloodTests
{
    private static readonly Dictionary<string, string> DefaultLimits = new(StringComparer.Ordinal)
    {
        ["ConsultWeb:RateLimits:PublicSubmissionPerMinute"] = "60",
        ["ConsultWeb:RateLimits:PublicReadPerMinute"] = "300",
        ["ConsultWeb:RateLimits:SignInPerMinute"] = "20",
    };

    [Fact]
    public async Task AFloodFromOneClient_WithDefaultLimits_Is429WithItsCode_AndNeverAServerError()
    {
        await using var host = await TestWebHost.StartAsync(settings: DefaultLimits);
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        var failures = new List<string>();
        var posts = Enumerable.Range(0, 100).Select(i => ("POST", $"/api/consultations/{Guid.NewGuid()}/steps/run-survey/submissions"));
        var reads = Enumerable.Range(0, 350).Select(i => ("GET", i % 2 == 0 ? "/api/consultations" : "/"));
        foreach (var (method, path) in posts.Concat(reads))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path.TrimStart('/'), UriKind.Relative));
            if (method == "POST")
            {
                request.Content = FuzzBodies.Json("{\"answers\":{\"collected\":\"yes\"},\"consent\":{\"privacy\":true,\"sensitive\":false}}");
            }

            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
            failures.AddRange((await FuzzVerdict.CheckAsync(response, path)).Select(p => $"{method} {path}: {p}"));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(WebErrorCodes.RateLimited, FuzzVerdict.CodeOf(await response.Content.ReadAsStringAsync()));
                Assert.True(response.Headers.RetryAfter is not null, $"{method} {path}: 429 without Retry-After");
            }
        }

        Assert.Empty(failures);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses.Take(100));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses.Skip(100));
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
    }
}

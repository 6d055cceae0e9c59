using System.Net;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tests.Authorization;

namespace ConsultEngine.Web.Tests.Security;

/// <summary>
/// The security headers are on every response: every API endpoint of <see cref="ApiAccessTable"/> and
/// every page of <see cref="PageAccessTable"/>, called anonymously and signed in, static files and an
/// unknown address — whatever the status (200, 302, 401, 403, 404, 422...).
/// </summary>
[Collection(StaffSiteGroup.Name)]
public sealed class SecurityHeadersTests(StaffSiteFixture site)
{
    private static readonly string[] StaticAddresses =
    [
        "/_framework/blazor.web.js",
        "/_content/MudBlazor/MudBlazor.min.css",
        "/app.css",
        "/openapi/v1.json",
        "/no-such-address",
        "/no-such-file.js",
    ];

    [Fact]
    public async Task EveryApiEndpoint_AnonymousOrSignedIn_AnswersWithTheSecurityHeaders()
    {
        var failures = new List<string>();
        using var client = site.Client();
        var admin = await site.SessionAsync(Roles.Administrator);
        foreach (var row in ApiAccessTable.Rows)
        {
            using (var anonymous = await client.SendAsync(row.Request()))
            {
                failures.AddRange(Missing(anonymous, $"anonymous {row.Key}"));
            }

            if (row.Route == "/api/auth/logout")
            {
                // Signing out revokes the administrator's session the other tests of the collection share.
                continue;
            }

            using var signedIn = await client.SendAsync(admin.Sign(row.Request(), withToken: true));
            failures.AddRange(Missing(signedIn, $"administrator {row.Key}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task EveryPage_AnonymousOrSignedIn_AnswersWithTheSecurityHeaders()
    {
        var failures = new List<string>();
        using var client = site.Client();
        foreach (var row in PageAccessTable.Rows)
        {
            var path = new Uri(row.PathFor(site.InstanceId).TrimStart('/'), UriKind.Relative);
            foreach (var role in new string?[] { null, Roles.Administrator, Roles.ContractedOrganisation })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (role is not null)
                {
                    (await site.SessionAsync(role)).Sign(request, withToken: false);
                }

                using var response = await client.SendAsync(request);
                failures.AddRange(Missing(response, $"{role ?? "anonymous"} {row.Route}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task StaticFilesAndUnknownAddresses_AnswerWithTheSecurityHeaders()
    {
        var failures = new List<string>();
        using var client = site.Client();
        foreach (var address in StaticAddresses)
        {
            using var response = await client.GetAsync(new Uri(address.TrimStart('/'), UriKind.Relative));
            failures.AddRange(Missing(response, $"{address} ({(int)response.StatusCode})"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// Error answers made before or beside an endpoint carry the headers too: 413 (the body cap), 400 (a body
    /// that is not JSON, a form the reader refuses), 405 (a method the route does not take), 415, an unknown
    /// API address (404), a page's 404 re-executed as the error page. The 429s are walked in
    /// <c>Hostile.Fuzz.DefaultLimitsFloodTests</c> (a host with the default limits), every fuzzed answer in
    /// <c>Hostile.Fuzz.PublicEndpointFuzzTests</c>.
    /// </summary>
    [Fact]
    public async Task ErrorAnswers_413_400_405_415_404_AnswerWithTheSecurityHeaders()
    {
        var submissions = $"api/consultations/{site.InstanceId}/steps/{ConsultEngine.Web.Testing.Portal.PortalSeed.SurveyStep}/submissions";
        var requests = new (string What, HttpStatusCode Expected, Func<HttpRequestMessage> Request)[]
        {
            ("413 public body", HttpStatusCode.RequestEntityTooLarge, () => new(HttpMethod.Post, new Uri(submissions, UriKind.Relative)) { Content = new StringContent("{\"text\":\"" + new string('x', 100 * 1024) + "\"}", System.Text.Encoding.UTF8, "application/json") }),
            ("400 not JSON", HttpStatusCode.BadRequest, () => new(HttpMethod.Post, new Uri(submissions, UriKind.Relative)) { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") }),
            ("400 unreadable form", HttpStatusCode.BadRequest, () => new(HttpMethod.Post, new Uri("account/logout", UriKind.Relative)) { Content = new FormUrlEncodedContent([new(new string('k', 3_000), "v")]) }),
            ("405 wrong method", HttpStatusCode.MethodNotAllowed, () => new(HttpMethod.Put, new Uri(submissions, UriKind.Relative))),
            ("415 wrong content type", HttpStatusCode.UnsupportedMediaType, () => new(HttpMethod.Post, new Uri(submissions, UriKind.Relative)) { Content = new StringContent("<xml/>", System.Text.Encoding.UTF8, "application/xml") }),
            ("404 unknown API address", HttpStatusCode.NotFound, () => new(HttpMethod.Get, new Uri("api/no-such-thing", UriKind.Relative))),
            ("404 unknown page", HttpStatusCode.NotFound, () => new(HttpMethod.Get, new Uri("consultations/not-a-guid", UriKind.Relative))),
        };
        var failures = new List<string>();
        using var client = site.Client();
        foreach (var (what, expected, request) in requests)
        {
            using var sent = request();
            using var response = await client.SendAsync(sent);
            if (response.StatusCode != expected)
            {
                failures.Add($"{what}: expected {(int)expected}, got {(int)response.StatusCode}");
            }

            failures.AddRange(Missing(response, what));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task ThePolicy_AllowsNoInlineScriptButTheNoncedImportMap()
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri("account/login", UriKind.Relative));
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();

        var scriptSrc = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("'unsafe-inline'", scriptSrc, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", scriptSrc, StringComparison.Ordinal);
        var nonce = scriptSrc.Split(' ').Single(s => s.StartsWith("'nonce-", StringComparison.Ordinal))["'nonce-".Length..^1];
        // Every inline script the page renders (the import map, when there is one) carries the request's nonce.
        var inline = System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").Select(m => m.Value).ToList();
        Assert.All(inline, tag => Assert.Contains($"nonce=\"{nonce}\"", System.Net.WebUtility.HtmlDecode(tag), StringComparison.Ordinal));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNonce_IsNewOnEveryResponse()
    {
        using var client = site.Client();
        using var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AnApiAnswer_RendersNoInlineScript_SoItsPolicyAllowsNone()
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri("api/health", UriKind.Relative));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        var scriptSrc = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverPlainHttp_NoStrictTransportSecurityIsSent()
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static IEnumerable<string> Missing(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        if (!response.Headers.TryGetValues("Content-Security-Policy", out var csp) || !csp.Single().Contains("frame-ancestors 'none'", StringComparison.Ordinal))
        {
            yield return $"{what} ({status}): no Content-Security-Policy with frame-ancestors 'none'";
        }

        if (!response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) || sniff.Single() != "nosniff")
        {
            yield return $"{what} ({status}): no X-Content-Type-Options: nosniff";
        }

        if (!response.Headers.TryGetValues("Referrer-Policy", out var referrer) || referrer.Single() != "strict-origin-when-cross-origin")
        {
            yield return $"{what} ({status}): no Referrer-Policy";
        }

        if (!response.Headers.TryGetValues("X-Frame-Options", out var frame) || frame.Single() != "DENY")
        {
            yield return $"{what} ({status}): no X-Frame-Options: DENY";
        }
    }
}

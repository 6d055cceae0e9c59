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

using System.Net;
using System.Net.Http.Json;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Hostile;

/// <summary>
/// Rate limits count the client, not the reverse proxy in front of it: behind a configured proxy two
/// citizens have two buckets; a header from a sender that is not a configured proxy changes nothing; an
/// IPv6 client is counted by its /64. Sign-in attempts are limited to 2 a minute here, so the third
/// attempt of one client is refused (429, CE9905) while another client's first is not.
/// </summary>
public sealed class ForwardedClientTests
{
    private const string Limit = "2";

    [Fact]
    public async Task TwoClientsBehindOneConfiguredProxy_GetSeparateBuckets()
    {
        await using var host = await StartAsync(["ConsultWeb:ForwardedHeaders:KnownProxies:0", "127.0.0.1"]);
        using var client = host.CreateClient();

        await SpendAsync(client, "203.0.113.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, await AttemptAsync(client, "203.0.113.10"));
        Assert.Equal(HttpStatusCode.Unauthorized, await AttemptAsync(client, "203.0.113.11"));
    }

    [Fact]
    public async Task AConfiguredNetwork_IsTrustedLikeAProxy()
    {
        await using var host = await StartAsync(["ConsultWeb:ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8"]);
        using var client = host.CreateClient();

        await SpendAsync(client, "198.51.100.1");

        Assert.Equal(HttpStatusCode.Unauthorized, await AttemptAsync(client, "198.51.100.2"));
    }

    [Fact]
    public async Task WithNoProxyConfigured_AClientsXForwardedFor_IsIgnored()
    {
        await using var host = await StartAsync([]);
        using var client = host.CreateClient();

        await SpendAsync(client, "203.0.113.10");

        // A new address in the header does not buy a new bucket: the connection's address is counted.
        Assert.Equal(HttpStatusCode.TooManyRequests, await AttemptAsync(client, "203.0.113.99"));
    }

    [Fact]
    public async Task AnUnconfiguredProxysXForwardedFor_IsIgnored()
    {
        await using var host = await StartAsync(["ConsultWeb:ForwardedHeaders:KnownProxies:0", "10.20.30.40"]);
        using var client = host.CreateClient();

        await SpendAsync(client, "203.0.113.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, await AttemptAsync(client, "203.0.113.99"));
    }

    [Fact]
    public async Task IPv6Clients_AreCountedByTheirSlash64()
    {
        await using var host = await StartAsync(["ConsultWeb:ForwardedHeaders:KnownProxies:0", "127.0.0.1"]);
        using var client = host.CreateClient();

        await SpendAsync(client, "2001:db8:1:2::1");

        // Another address of the same /64 shares the bucket; the next /64 has its own.
        Assert.Equal(HttpStatusCode.TooManyRequests, await AttemptAsync(client, "2001:db8:1:2:ffff:ffff:ffff:fffe"));
        Assert.Equal(HttpStatusCode.Unauthorized, await AttemptAsync(client, "2001:db8:1:3::1"));
    }

    [Fact]
    public async Task SignInPageLoads_DoNotLockAnyoneOut()
    {
        await using var host = await StartAsync([]);
        using var client = host.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            using var page = await client.GetAsync("account/login");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await AttemptAsync(client, forwardedFor: null));
    }

    [Fact]
    public async Task SignInAttempts_AreStillLimited_ThroughTheSignInPage()
    {
        await using var host = await StartAsync([]);
        using var client = host.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.PostAsync("account/login", new FormUrlEncodedContent([]));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await client.PostAsync("account/login", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task PublicReads_HaveALimitOfTheirOwn()
    {
        await using var host = await TestWebHost.StartAsync(settings: new Dictionary<string, string> { ["ConsultWeb:RateLimits:PublicReadPerMinute"] = Limit });
        using var client = host.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.GetAsync("api/consultations");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("api/consultations");
        await ProblemJson.AssertAsync(refused, HttpStatusCode.TooManyRequests, WebErrorCodes.RateLimited);
        // A staff route is not a public read: not counted.
        using var staff = await client.GetAsync("api/auth/me");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, staff.StatusCode);
    }

    private static Task<TestWebHost> StartAsync(string[] setting)
    {
        var settings = new Dictionary<string, string> { ["ConsultWeb:RateLimits:SignInPerMinute"] = Limit };
        if (setting.Length == 2)
        {
            settings[setting[0]] = setting[1];
        }

        return TestWebHost.StartAsync(settings: settings);
    }

    /// <summary>Uses up the client's sign-in attempts of this minute.</summary>
    private static async Task SpendAsync(HttpClient client, string forwardedFor)
    {
        for (var i = 0; i < int.Parse(Limit, System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await AttemptAsync(client, forwardedFor));
        }
    }

    private static async Task<HttpStatusCode> AttemptAsync(HttpClient client, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/auth/login") { Content = JsonContent.Create(new { userName = "nobody", password = "wrong" }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}

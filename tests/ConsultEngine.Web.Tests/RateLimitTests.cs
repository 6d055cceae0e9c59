using System.Net;
using System.Net.Http.Json;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task SignIn_OverTheLimit_Is429ProblemDetails_WithRetryAfter()
    {
        await using var host = await TestWebHost.StartAsync(settings: new Dictionary<string, string> { ["ConsultWeb:RateLimits:SignInPerMinute"] = "2" });
        using var client = host.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.PostAsJsonAsync("api/auth/login", new { userName = "nobody", password = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("api/auth/login", new { userName = "nobody", password = "wrong" });
        await ProblemJson.AssertAsync(refused, HttpStatusCode.TooManyRequests, "CE9905");
        Assert.NotNull(refused.Headers.RetryAfter);
    }
}

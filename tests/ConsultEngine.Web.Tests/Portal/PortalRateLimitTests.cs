using System.Net;
using System.Net.Http.Json;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>The public write side is rate limited per client address (RateLimits.PublicSubmission).</summary>
public sealed class PortalRateLimitTests
{
    [Fact]
    public async Task Submissions_OverTheLimit_Are429ProblemDetails_AndSoAreTheFormPages()
    {
        await using var host = await TestWebHost.StartAsync(settings: new Dictionary<string, string> { ["ConsultWeb:RateLimits:PublicSubmissionPerMinute"] = "2" });
        var instance = await PortalSeed.OpenConsultationAsync(host.Services);
        using var client = host.CreateClient();
        var submissions = $"api/consultations/{instance}/steps/{PortalSeed.SurveyStep}/submissions";
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.PostAsJsonAsync(submissions, new { answers = new { collected = "no", satisfaction = "2" }, consent = new { privacy = true } });
            Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync(submissions, new { answers = new { collected = "no", satisfaction = "2" }, consent = new { privacy = true } });
        await ProblemJson.AssertAsync(refused, HttpStatusCode.TooManyRequests, "CE9905");

        using var page = await client.GetAsync(new Uri($"consultations/{instance}/steps/{PortalSeed.SurveyStep}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Hostile;

/// <summary>
/// The public routes take small bodies (64 KB by default, 413 with CE9985 before a byte is read) and small
/// fields (422 with the field's JSON Pointer): a 5 MB attribute or a 100 KB body is refused at once,
/// not stored, not handed to a tool.
/// </summary>
public sealed class PublicLimitTests(PublicLimitTests.Site site) : IClassFixture<PublicLimitTests.Site>
{
    [Fact]
    public async Task A100KbPublicBody_Is413_WithItsCode()
    {
        using var client = site.Host.CreateClient();

        using var response = await client.PostAsync(site.Submissions(PortalSeed.SurveyStep), Json(new { answers = new { collected = "yes" }, text = new string('x', 100 * 1024) }));

        await ProblemJson.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, WebErrorCodes.PublicBodyTooLarge);
    }

    [Fact]
    public async Task A5MbAttribute_IsRefusedQuickly_WithACodedError()
    {
        using var client = site.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, site.Submissions(PortalSeed.SurveyStep))
        {
            Content = Json(new { answers = new { collected = "yes" }, respondent = new { occupation = new string('x', 5 * 1024 * 1024) } }),
        };
        // A client that waits to be told it may send (as curl does for large bodies): the refusal comes before the body.
        request.Headers.ExpectContinue = true;
        var clock = Stopwatch.StartNew();

        using var response = await client.SendAsync(request);

        await ProblemJson.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, WebErrorCodes.PublicBodyTooLarge);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ABodyWithoutALength_OverTheCap_IsRefusedToo()
    {
        using var client = site.Host.CreateClient();
        var content = Json(new { answers = new { collected = "yes" }, text = new string('x', 100 * 1024) });
        await content.LoadIntoBufferAsync();
        using var chunked = new StreamContent(await content.ReadAsStreamAsync());
        chunked.Headers.ContentType = content.Headers.ContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, site.Submissions(PortalSeed.SurveyStep)) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A100KbPortalFormPost_Is413()
    {
        using var client = site.Host.CreateClient();
        using var form = new FormUrlEncodedContent([new("comment", new string('x', 100 * 1024))]);

        using var response = await client.PostAsync(site.Survey, form);

        await ProblemJson.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, WebErrorCodes.PublicBodyTooLarge);
    }

    [Fact]
    public async Task ALongAttribute_Is422_WithItsPointer()
    {
        using var client = site.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(site.Submissions(PortalSeed.SurveyStep), new { answers = new { collected = "yes" }, respondent = new { occupation = new string('x', 201) }, consent = new { privacy = true } });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, WebErrorCodes.RespondentAttributeTooLong);
        Assert.Equal([(WebErrorCodes.RespondentAttributeTooLong, "/respondent/occupation")], await ProblemsAsync(response));
    }

    [Fact]
    public async Task ALongFreeText_Is422_WithItsPointer()
    {
        using var client = site.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(site.Submissions(PortalSeed.SurveyStep), new { answers = new { collected = "yes" }, text = new string('x', 10_001), consent = new { privacy = true } });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, WebErrorCodes.PublicTextTooLong);
        Assert.Equal([(WebErrorCodes.PublicTextTooLong, "/text")], await ProblemsAsync(response));
    }

    [Fact]
    public async Task TooManyAnswers_Is422_AtTheAnswers()
    {
        using var client = site.Host.CreateClient();
        var answers = Enumerable.Range(0, 501).ToDictionary(i => $"q{i}", _ => "x");

        using var response = await client.PostAsJsonAsync(site.Submissions(PortalSeed.SurveyStep), new { answers, consent = new { privacy = true } });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, WebErrorCodes.TooManyAnswers);
        Assert.Equal([(WebErrorCodes.TooManyAnswers, "/answers")], await ProblemsAsync(response));
    }

    [Fact]
    public async Task ManyProblems_AreReportedUpToTheCap_ThenOneWarning()
    {
        using var client = site.Host.CreateClient();
        // 60 answers of 501 values each: 60 problems, in a body under 64 KB.
        var answers = Enumerable.Range(0, 60).ToDictionary(i => $"q{i:00}", _ => new int[501]);

        using var response = await client.PostAsJsonAsync(site.Submissions(PortalSeed.SurveyStep), new { answers, consent = new { privacy = true } });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, WebErrorCodes.TooManyAnswers);
        var problems = await ProblemsAsync(response);
        Assert.Equal(51, problems.Count);
        Assert.Equal((WebErrorCodes.TooManyAnswers, "/answers/q00"), problems[0]);
        Assert.Equal(WebErrorCodes.ProblemsTruncated, problems[^1].Code);
    }

    private static async Task<List<(string Code, string Pointer)>> ProblemsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("code").GetString()!, p.GetProperty("pointer").GetString()!))];
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public sealed class Site : PortalSite, IAsyncLifetime
    {
        public string Submissions(string step) => $"/api/consultations/{InstanceId}/steps/{step}/submissions";

        Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
    }
}

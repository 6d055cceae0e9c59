using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>The public API, the same for every tool: open consultations, a step's public surface, the tool's evaluation of a form, forms and submissions sent with coded problem details.</summary>
[Collection(PortalHostGroup.Name)]
public sealed class SubmissionsApiTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task OpenConsultations_ListTheSurveyPollAndHearing_Anonymously()
    {
        using var client = fixture.Host.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/consultations", UriKind.Relative)));
        var consultation = Assert.Single(json.RootElement.EnumerateArray(), c => c.GetProperty("instanceId").GetGuid() == fixture.InstanceId);
        var steps = consultation.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("stepId").GetString()!, s => s.Clone());
        Assert.Equal([PortalSeed.PollStep, PortalSeed.HearingStep, PortalSeed.SurveyStep], steps.Keys.Order(StringComparer.Ordinal));
        var hearing = steps[PortalSeed.HearingStep];
        Assert.Equal(fixture.Api(PortalSeed.HearingStep), hearing.GetProperty("api").GetString());
        Assert.Equal($"/consultations/{fixture.InstanceId}/steps/{PortalSeed.HearingStep}", hearing.GetProperty("page").GetString());
        Assert.False(hearing.TryGetProperty("sessions", out _));
    }

    [Fact]
    public async Task ASurveyStep_IsDescribedByItsPublicSurface_WithItsFormsFieldsAndWidgets()
    {
        using var client = fixture.Host.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(fixture.Api(PortalSeed.SurveyStep), UriKind.Relative)));
        var form = json.RootElement.GetProperty("forms")[0];
        Assert.Equal("main", form.GetProperty("id").GetString());
        var fields = form.GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("path").GetString(), f.GetProperty("widget").GetString())).ToList();
        Assert.Contains(("/answers/collected", "Radio"), fields);
        Assert.Contains(("/answers/priorities", "Ranking"), fields);
        Assert.True(json.RootElement.GetProperty("title").GetProperty("vi").GetString()!.Length > 0);
    }

    [Fact]
    public async Task AHearingStep_ReadsItsSessionsAsATableView()
    {
        using var client = fixture.Host.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(fixture.Api(PortalSeed.HearingStep), UriKind.Relative)));
        var read = json.RootElement.GetProperty("reads")[0];
        Assert.Equal("table", read.GetProperty("kind").GetString());
        Assert.Equal("Action", json.RootElement.GetProperty("forms")[0].GetProperty("target").GetString());
    }

    [Fact]
    public async Task Evaluate_ReturnsTheToolsSkipLogic()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/forms/main/evaluate", new { answers = new { collected = "no" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var shown = json.RootElement.GetProperty("show").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("/answers/why-not", shown);
        Assert.DoesNotContain("/answers/frequency", shown);
    }

    [Fact]
    public async Task AFormTheStepDoesNotHave_Is404_CE9960()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/forms/nothing", new { answers = new { } });
        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE9960");
    }

    [Fact]
    public async Task AnActionForm_IsSentToTheToolsAction_201_WithTheToolsAnswerAndAReceipt()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.HearingStep) + "/forms/register", new { sessionId = PortalSeed.LargeSession, fullName = "Đỗ Văn Hùng", consent = new { privacy = true } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("registered", json.RootElement.GetProperty("result").GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("receipt").GetString()));
    }

    [Fact]
    public async Task ASubmissionForm_SentAsAForm_Is201_WithItsInputIdAsTheReceipt()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/forms/main", new { answers = new { collected = "no", satisfaction = "3" }, consent = new { privacy = true } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(json.RootElement.GetProperty("inputIds")[0].GetString(), json.RootElement.GetProperty("receipt").GetString());
    }

    [Fact]
    public async Task AcceptedSubmission_Is201_WithTheStoredInputIds()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/submissions", new
        {
            answers = new { collected = "yes", frequency = 2, satisfaction = "3" },
            consent = new { privacy = true },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        Assert.Single(json.RootElement.GetProperty("inputIds").EnumerateArray());
    }

    [Fact]
    public async Task RefusedSubmission_Is422ProblemDetails_WithEachCodeAtItsJsonPointer()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/submissions", new
        {
            answers = new { collected = "yes", frequency = 12 },
            consent = new { privacy = true },
        });
        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE9228");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = json.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("code").GetString(), p.GetProperty("pointer").GetString()))
            .ToList();
        Assert.Contains(("CE9228", "/answers/frequency"), problems);
        Assert.Contains(("CE9225", "/answers/satisfaction"), problems);
    }

    [Fact]
    public async Task ASecondVoteWithTheSamePhone_Is409_CE9103()
    {
        using var client = fixture.Host.CreateClient();
        var vote = new { answers = new { price = "raise" }, identifier = "0901000111", consent = new { privacy = true } };
        using (var first = await client.PostAsJsonAsync(fixture.Api(PortalSeed.PollStep) + "/submissions", vote))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using var second = await client.PostAsJsonAsync(fixture.Api(PortalSeed.PollStep) + "/submissions", vote);
        await ProblemJson.AssertAsync(second, HttpStatusCode.Conflict, "CE9103");
    }

    [Fact]
    public async Task AVoteWithoutIdentifier_Is422_WithThePointerOfTheIdentifier()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.PollStep) + "/submissions", new { answers = new { price = "keep" }, consent = new { privacy = true } });
        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE9313");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("/identifier", json.RootElement.GetProperty("problems")[0].GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task TheRegistrationsAlias_SendsTheStepsActionForm_201_WithItsSeat()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.HearingStep) + "/registrations", new { sessionId = PortalSeed.LargeSession, fullName = "Phạm Thị Hoa", consent = new { privacy = true } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("registered", json.RootElement.GetProperty("result").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AStepNotOpenToThePublic_Is404_CE9950()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api("run-focus-groups") + "/submissions", new { text = "x" });
        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE9950");
    }
}

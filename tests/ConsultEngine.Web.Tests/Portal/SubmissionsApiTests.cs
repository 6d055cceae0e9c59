using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>The public API: open consultations, what a step asks, submissions and registrations with coded problem details.</summary>
[Collection(PortalHostGroup.Name)]
public sealed class SubmissionsApiTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task OpenConsultations_ListTheSurveyPollAndHearing_Anonymously()
    {
        using var client = fixture.Host.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/consultations", UriKind.Relative)));
        var consultation = Assert.Single(json.RootElement.EnumerateArray(), c => c.GetProperty("instanceId").GetGuid() == fixture.InstanceId);
        Assert.Equal(
            [PortalSeed.SurveyStep, PortalSeed.PollStep, PortalSeed.HearingStep],
            consultation.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("stepId").GetString()));
        var hearing = consultation.GetProperty("steps")[2];
        Assert.Equal(2, hearing.GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public async Task ASurveyStep_IsDescribedWithItsQuestionnaire()
    {
        using var client = fixture.Host.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(fixture.Api(PortalSeed.SurveyStep), UriKind.Relative)));
        var questions = json.RootElement.GetProperty("survey").GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("type").GetString()).ToList();
        Assert.Equal(["note", "single-choice", "number", "long-text", "likert", "multiple-choice", "date", "text", "ranking"], questions);
    }

    [Fact]
    public async Task AcceptedSubmission_Is201_WithTheStoredInputIds()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/submissions", new
        {
            answers = new { collected = "yes", frequency = 2, satisfaction = "3" },
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
        var vote = new { answers = new { price = "raise" }, identifier = "0901000111" };
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
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.PollStep) + "/submissions", new { answers = new { price = "keep" } });
        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE9313");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("/identifier", json.RootElement.GetProperty("problems")[0].GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task AHearingRegistration_Is201_WithItsSeat()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.HearingStep) + "/registrations", new { sessionId = PortalSeed.LargeSession, fullName = "Phạm Thị Hoa" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("registered", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AStepNotOpenToThePublic_Is404_CE9950()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(fixture.Api("run-focus-groups") + "/submissions", new { text = "x" });
        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE9950");
    }
}

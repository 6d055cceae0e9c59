using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>
/// Reading what a step recorded over the API: every iteration with its outcome, who and when, the data
/// as recorded and the same data labelled from the step's form in the request's language.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class StepRecordsApiTests(WebHostFixture fixture)
{
    private static readonly object Candidates = new
    {
        candidates = new[] { new { title = "Phí gửi xe", description = "Phí gửi xe tại bệnh viện", source = "activity-plan", priority = 1 } },
    };

    [Fact]
    public async Task Records_OfACompletedStep_AreLabelledFromItsForm_InVietnamese()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Records vi test"));
        await CompleteAsync(Roles.CouncilOffice, id, "collect-issues-activity-plan", new { fields = Candidates });

        using var json = await RecordsAsync(id, "collect-issues-activity-plan", "vi");

        var iteration = Assert.Single(json.RootElement.GetProperty("iterations").EnumerateArray());
        Assert.Equal(1, iteration.GetProperty("iteration").GetInt32());
        Assert.Equal("test-counciloffice", iteration.GetProperty("actor").GetString());
        Assert.Equal("activity-plan", iteration.GetProperty("data").GetProperty("candidates")[0].GetProperty("source").GetString());
        var candidates = Assert.Single(iteration.GetProperty("fields").EnumerateArray());
        Assert.Equal("Các vấn đề đề xuất", candidates.GetProperty("label").GetString());
        var source = Field(candidates.GetProperty("value").GetProperty("items")[0], "source");
        Assert.Equal("Nguồn", source.GetProperty("label").GetString());
        Assert.Equal("Choice", source.GetProperty("value").GetProperty("kind").GetString());
        Assert.Equal("Kế hoạch hoạt động của HĐND", source.GetProperty("value").GetProperty("text").GetString());
        Assert.Equal("activity-plan", source.GetProperty("value").GetProperty("raw").GetString());
    }

    [Fact]
    public async Task Records_AskedInEnglish_ReadChoicesInEnglish()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Records en test"));
        await CompleteAsync(Roles.CouncilOffice, id, "collect-issues-activity-plan", new { fields = Candidates });

        using var json = await RecordsAsync(id, "collect-issues-activity-plan", "en");

        var candidates = json.RootElement.GetProperty("iterations")[0].GetProperty("fields")[0];
        Assert.Equal("The People's Council's activity plan", Field(candidates.GetProperty("value").GetProperty("items")[0], "source").GetProperty("value").GetProperty("text").GetString());
        Assert.Equal("Candidate issues for consultation", json.RootElement.GetProperty("formTitle").GetString());
    }

    [Fact]
    public async Task Records_OfAStepSentBackOnce_HaveTwoIterations_EachWithItsOutcome()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Records sent back test"));
        foreach (var (step, source) in new[] { ("collect-issues-activity-plan", "activity-plan"), ("collect-issues-voters-media", "mass-media"), ("collect-issues-socio-economic", "socio-economic-plan") })
        {
            await CompleteAsync(Roles.CouncilOffice, id, step, new { fields = new { candidates = new[] { new { title = "Phí gửi xe", description = "Phí gửi xe tại bệnh viện", source } } } });
        }

        var selection = new { selectedIssues = new[] { new { title = "Phí gửi xe", source = "activity-plan", rationale = "Nhiều ý kiến cử tri" } } };
        await CompleteAsync(Roles.StandingCommittee, id, "select-issues", new { outcome = "more-information", fields = selection });
        await CompleteAsync(Roles.CouncilOffice, id, "supplement-issue-information", new { outcome = "supplemented", fields = Candidates });
        await CompleteAsync(Roles.StandingCommittee, id, "select-issues", new { outcome = "selected", fields = selection });

        using var json = await RecordsAsync(id, "select-issues", "vi");

        var iterations = json.RootElement.GetProperty("iterations").EnumerateArray().ToList();
        Assert.Equal([1, 2], iterations.Select(i => i.GetProperty("iteration").GetInt32()));
        Assert.Equal(["more-information", "selected"], iterations.Select(i => i.GetProperty("outcome").GetString()));
        Assert.All(iterations, i => Assert.Equal("test-standingcommittee", i.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Records_OfAnUnknownConsultation_Are404WithCE8002()
    {
        using var client = await fixture.ClientAsync(Roles.WorkingGroup);
        using var response = await client.GetAsync(new Uri($"api/instances/{Guid.NewGuid()}/steps/select-issues/records", UriKind.Relative));

        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE8002");
    }

    [Fact]
    public async Task Records_OfAnUnknownStep_Are404WithCE8003()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Records unknown step test"));
        using var client = await fixture.ClientAsync(Roles.WorkingGroup);
        using var response = await client.GetAsync(new Uri($"api/instances/{id}/steps/no-such-step/records", UriKind.Relative));

        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE8003");
    }

    private async Task CompleteAsync(string role, Guid id, string stepId, object body)
    {
        using var client = await fixture.ClientAsync(role);
        using var response = await client.PostAsJsonAsync(new Uri($"api/instances/{id}/steps/{stepId}/complete", UriKind.Relative), body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{stepId}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<JsonDocument> RecordsAsync(Guid id, string stepId, string language)
    {
        using var client = await fixture.ClientAsync(Roles.Executive);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        using var response = await client.GetAsync(new Uri($"api/instances/{id}/steps/{stepId}/records", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body);
    }

    private static JsonElement Field(JsonElement group, string key) =>
        group.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);
}

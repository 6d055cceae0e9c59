using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>Consultations over the API: start on the newest published version, list, timeline, inbox, completing a task, refusals with codes.</summary>
[Collection(WebHostGroup.Name)]
public sealed class InstancesApiTests(WebHostFixture fixture)
{
    [Fact]
    public async Task Start_WithoutAVersion_StartsOnTheNewestPublishedVersion_AndListsIt()
    {
        var newest = await Consultation.NewestPublishedAsync(fixture);
        var detail = await Consultation.StartAsync(fixture, "Start test");
        var id = Consultation.Id(detail);

        Assert.Equal(newest, detail.GetProperty("instance").GetProperty("definitionVersion").GetInt32());
        Assert.Equal("Hà Giang", detail.GetProperty("variables").GetProperty("province").GetString());
        Assert.Equal("Start test", detail.GetProperty("variables").GetProperty("issueTitle").GetString());
        using var client = await fixture.ClientAsync(Roles.Executive);
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/instances", UriKind.Relative)));
        Assert.Contains(list.RootElement.EnumerateArray(), i => i.GetProperty("id").GetGuid() == id && i.GetProperty("phaseId").GetString() == "prepare");
    }

    [Fact]
    public async Task Get_ShowsTheTimeline_FivePhases_FirstActive_CollectingStepsWaitingWithDueDates()
    {
        var detail = await Consultation.StartAsync(fixture, "Timeline test");
        using var client = await fixture.ClientAsync(Roles.WorkingGroup);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/instances/{Consultation.Id(detail)}", UriKind.Relative)));
        var phases = json.RootElement.GetProperty("phases").EnumerateArray().ToList();

        Assert.Equal(["prepare", "carry-out", "analyse", "feedback", "policy"], phases.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(["Active", "Waiting", "Waiting", "Waiting", "Waiting"], phases.Select(p => p.GetProperty("standing").GetString()));
        var collect = Consultation.Step(json.RootElement, "collect-issues-activity-plan");
        Assert.Equal(JsonValueKind.String, collect.GetProperty("dueAt").ValueKind);
        Assert.Equal("Waiting", collect.GetProperty("status").GetString());
        Assert.Equal("Pending", Consultation.Step(json.RootElement, "select-issues").GetProperty("status").GetString());
        Assert.False(collect.GetProperty("isTool").GetBoolean());
        Assert.True(Consultation.Step(json.RootElement, "narrow-consultation").GetProperty("isTool").GetBoolean());
    }

    [Fact]
    public async Task Start_WithoutARequiredVariable_IsAProblemWithTheCodeAndThePointer()
    {
        using var client = await fixture.ClientAsync(Roles.CouncilOffice);
        using var response = await client.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = Consultation.Standard, title = "No year", province = "Lào Cai" });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE8013");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("jsonPointer").GetString() == "/variables/year");
    }

    [Fact]
    public async Task Start_OnADefinitionWithoutPublishedVersions_Is404WithCE9944()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        using var response = await client.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = "nothing-published" });

        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE9944");
    }

    [Fact]
    public async Task Inbox_HasTheCouncilOfficesWaitingTasks_AndNotTheStandingCommittees()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Inbox test"));

        using var office = await fixture.ClientAsync(Roles.CouncilOffice);
        using var officeInbox = JsonDocument.Parse(await office.GetStringAsync(new Uri("api/tasks", UriKind.Relative)));
        var mine = officeInbox.RootElement.EnumerateArray().Where(t => t.GetProperty("instanceId").GetGuid() == id).Select(t => t.GetProperty("stepId").GetString()).Order().ToList();
        Assert.Equal(["collect-issues-activity-plan", "collect-issues-socio-economic", "collect-issues-voters-media"], mine);

        using var committee = await fixture.ClientAsync(Roles.StandingCommittee);
        using var committeeInbox = JsonDocument.Parse(await committee.GetStringAsync(new Uri("api/tasks", UriKind.Relative)));
        Assert.DoesNotContain(committeeInbox.RootElement.EnumerateArray(), t => t.GetProperty("instanceId").GetGuid() == id && !t.GetProperty("isTool").GetBoolean());
    }

    [Fact]
    public async Task Complete_WithInvalidFields_IsRefusedWithCE8008AtEachPointer_ThenValidFieldsCompleteTheStep()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Complete test"));
        using var client = await fixture.ClientAsync(Roles.CouncilOffice);
        var path = new Uri($"api/instances/{id}/steps/collect-issues-activity-plan/complete", UriKind.Relative);

        using (var refused = await client.PostAsJsonAsync(path, new { fields = new { candidates = new[] { new { title = "", description = "x", source = "nowhere" } } } }))
        {
            await ProblemJson.AssertAsync(refused, HttpStatusCode.UnprocessableEntity, "CE8008");
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            var pointers = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("jsonPointer").GetString()).ToList();
            Assert.Contains("/candidates/0/title", pointers);
            Assert.Contains("/candidates/0/source", pointers);
        }

        using var completed = await client.PostAsJsonAsync(path, new
        {
            fields = new { candidates = new[] { new { title = "Phí gửi xe", description = "Phí gửi xe tại bệnh viện", source = "activity-plan" } } },
        });
        var body = await completed.Content.ReadAsStringAsync();
        Assert.True(completed.StatusCode == HttpStatusCode.OK, body);
        using var detail = JsonDocument.Parse(body);
        var step = Consultation.Step(detail.RootElement, "collect-issues-activity-plan");
        Assert.Equal("test-counciloffice", step.GetProperty("actor").GetString());
        Assert.NotEqual(JsonValueKind.Null, step.GetProperty("completedAt").ValueKind);

        using var journal = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/instances/{id}/journal", UriKind.Relative)));
        Assert.Contains(journal.RootElement.EnumerateArray(), e =>
            e.GetProperty("event").GetString() == "step-completed" && e.GetProperty("stepId").GetString() == "collect-issues-activity-plan"
            && e.GetProperty("actor").GetString() == "test-counciloffice");
    }

    [Fact]
    public async Task Complete_AStepOfAnotherRole_Is403WithCE9941()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Role test"));
        using var client = await fixture.ClientAsync(Roles.WorkingGroup);
        using var response = await client.PostAsJsonAsync(new Uri($"api/instances/{id}/steps/collect-issues-voters-media/complete", UriKind.Relative), new { fields = new { candidates = Array.Empty<object>() } });

        await ProblemJson.AssertAsync(response, HttpStatusCode.Forbidden, "CE9941");
    }

    [Fact]
    public async Task Complete_AStepThatIsNotWaiting_Is409WithCE8004()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Not waiting test"));
        using var client = await fixture.ClientAsync(Roles.StandingCommittee);
        using var response = await client.PostAsJsonAsync(new Uri($"api/instances/{id}/steps/select-issues/complete", UriKind.Relative), new { outcome = "selected" });

        await ProblemJson.AssertAsync(response, HttpStatusCode.Conflict, "CE8004");
    }
}

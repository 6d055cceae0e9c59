using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Api;

/// <summary><c>POST /api/definitions/{id}/simulate</c> over real HTTP on the host's SQLite files: journals of in-memory runs, limits, refusals with codes.</summary>
[Collection(WebHostGroup.Name)]
public sealed class SimulationApiTests(WebHostFixture fixture)
{
    private static readonly string[] MoreInformation = ["more-information"];
    private static readonly string[] Revise = ["revise"];
    private static readonly object Issue = new { province = "Nghệ An", year = 2026, issueTitle = "Thu gom rác thải sinh hoạt ở nông thôn" };

    private static Uri Simulate(string id = Consultation.Standard) => new($"api/definitions/{id}/simulate", UriKind.Relative);

    private async Task<JsonElement> OkAsync(object body)
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        using var response = await client.PostAsJsonAsync(Simulate(), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string StateOf(JsonElement answer, string step) =>
        answer.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == step).GetProperty("status").GetString()!;

    [Fact]
    public async Task TheNewestPublishedVersion_OnItsDefaultPath_RunsToTheEnd_WithItsJournal()
    {
        var answer = await OkAsync(new { scenario = new { variables = Issue } });

        Assert.True(answer.GetProperty("completed").GetBoolean());
        Assert.Equal("completed", answer.GetProperty("status").GetString());
        Assert.True(answer.GetProperty("chainVerifies").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("stop").ValueKind);
        var journal = answer.GetProperty("journal").EnumerateArray().ToList();
        Assert.Equal("instance-started", journal[0].GetProperty("event").GetString());
        Assert.Contains(journal, e => e.GetProperty("event").GetString() == "step-completed" && e.GetProperty("step").GetString() == "select-issues"
            && e.GetProperty("outcome").GetString() == "selected" && e.GetProperty("actor").GetString() == "standing-committee");
        Assert.Equal("instance-completed", journal[^1].GetProperty("event").GetString());
        Assert.Equal("completed", StateOf(answer, "select-issues"));
        Assert.Equal("skipped", StateOf(answer, "run-survey"));
        Assert.Equal("pending", StateOf(answer, "supplement-issue-information"));
    }

    [Fact]
    public async Task APostedDocument_WithAChosenOutcome_TakesTheRouteBack()
    {
        using var reader = await fixture.ClientAsync(Roles.Administrator);
        var version = await Consultation.NewestPublishedAsync(fixture);
        var document = JsonNode.Parse(await reader.GetStringAsync(new Uri($"api/definitions/{Consultation.Standard}/versions/{version}", UriKind.Relative)));

        var answer = await OkAsync(new
        {
            definition = document,
            scenario = new { variables = Issue, steps = new Dictionary<string, object> { ["select-issues"] = new { outcomes = MoreInformation } } },
        });

        Assert.True(answer.GetProperty("completed").GetBoolean());
        Assert.Contains(answer.GetProperty("journal").EnumerateArray(), e => e.GetProperty("event").GetString() == "route-taken"
            && e.GetProperty("step").GetString() == "select-issues" && e.GetProperty("data").GetProperty("to").GetString() == "supplement-issue-information");
        Assert.Equal("completed", StateOf(answer, "supplement-issue-information"));
        Assert.Equal(2, answer.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "select-issues").GetProperty("iteration").GetInt32());
    }

    [Fact]
    public async Task ARouteBackTakenEveryTime_StopsAtTheStepLimit_WithCE8601_AndTheJournalSoFar()
    {
        var answer = await OkAsync(new
        {
            scenario = new
            {
                variables = Issue,
                maxSteps = 40,
                steps = new Dictionary<string, object> { ["approve-consultation-plan"] = new { outcomes = Revise, repeat = true } },
            },
        });

        Assert.False(answer.GetProperty("completed").GetBoolean());
        Assert.Equal("CE8601", answer.GetProperty("stop").GetProperty("code").GetString());
        Assert.Equal(40, answer.GetProperty("stepsTaken").GetInt32());
        Assert.Equal("running", answer.GetProperty("status").GetString());
        Assert.True(answer.GetProperty("journal").GetArrayLength() > 40);
    }

    [Fact]
    public async Task SimulatingStoresNoConsultation()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        var before = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/instances", UriKind.Relative))).RootElement.Clone();

        await OkAsync(new { scenario = new { variables = Issue } });

        var after = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/instances", UriKind.Relative))).RootElement.Clone();
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task AMissingRequiredVariable_Is422_CE8604_WithTheEngineCode()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        using var response = await client.PostAsJsonAsync(Simulate(), new { scenario = new { variables = new { year = 2026 } } });

        var body = await response.Content.ReadAsStringAsync();
        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE8604");
        Assert.Contains("CE8013", JsonDocument.Parse(body).RootElement.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task ABrokenDocument_Is422_CE9936_WithItsDiagnostics()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        var broken = JsonNode.Parse("""
            { "schemaVersion": 1, "id": "hdnd.standard", "version": 9, "title": { "vi": "Hỏng" },
              "phases": [ { "id": "p", "title": { "vi": "P" }, "steps": [ { "id": "a", "type": "task", "role": "nobody", "after": ["missing"] } ] } ] }
            """);
        using var response = await client.PostAsJsonAsync(Simulate(), new { definition = broken });

        var body = await response.Content.ReadAsStringAsync();
        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE9936");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches("^CE[0-9]{4}$", e.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task AScenarioNamingAStepTheDefinitionLacks_Is422_CE8605()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        using var response = await client.PostAsJsonAsync(Simulate(), new
        {
            scenario = new { variables = Issue, steps = new Dictionary<string, object> { ["no-such-step"] = new { outcomes = Revise } } },
        });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE8605");
    }

    [Fact]
    public async Task ADocumentOfAnotherId_Is400_CE9935()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        var version = await Consultation.NewestPublishedAsync(fixture);
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri($"api/definitions/{Consultation.Standard}/versions/{version}", UriKind.Relative)))!;
        document["id"] = "hdnd.other";

        using var response = await client.PostAsJsonAsync(Simulate(), new { definition = document });

        await ProblemJson.AssertAsync(response, HttpStatusCode.BadRequest, "CE9935");
    }

    [Fact]
    public async Task ADefinitionWithNothingPublished_Is404_CE9937()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        using var response = await client.PostAsJsonAsync(Simulate("no-such-definition"), new { });

        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE9937");
    }

    [Fact]
    public async Task TheStandingCommittee_WhoCannotEditDefinitions_Is403()
    {
        using var client = await fixture.ClientAsync(Roles.StandingCommittee);
        using var response = await client.PostAsJsonAsync(Simulate(), new { });

        await ProblemJson.AssertAsync(response, HttpStatusCode.Forbidden, "CE9902");
    }
}

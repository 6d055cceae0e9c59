using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>
/// Version management over the API: compare two versions, an overlay's changes against the standard,
/// retire a published version, discard a draft; refusals as problem details with the store's codes.
/// Each test works on a definition id of its own, so the shared host's standard stays as seeded.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class DefinitionVersionsApiTests(WebHostFixture fixture)
{
    [Fact]
    public async Task Compare_TwoPublishedVersions_ListsTheStepsAddedRemovedAndChangedFieldByField()
    {
        const string id = "versions.compare";
        using var admin = await fixture.ClientAsync(Roles.Administrator);
        await PublishAsync(admin, Document(id, due: "P10D", extraStep: false));
        await PublishAsync(admin, Document(id, due: "P15D", extraStep: true));

        using var reader = await fixture.ClientAsync(Roles.Executive);
        using var response = await reader.GetAsync(new Uri($"api/definitions/{id}/compare?from=1&to=2", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        var due = Assert.Single(changes, c => c.GetProperty("id").GetString() == "review" && c.GetProperty("field").GetString() == "due");
        Assert.Equal(("step", "changed", "\"P10D\"", "\"P15D\""), (due.GetProperty("area").GetString(), due.GetProperty("kind").GetString(), due.GetProperty("before").GetString(), due.GetProperty("after").GetString()));
        Assert.Equal("/phases/0/steps/1/due", due.GetProperty("path").GetString());
        var added = Assert.Single(changes, c => c.GetProperty("id").GetString() == "publish-results");
        Assert.Equal(("step", "added"), (added.GetProperty("area").GetString(), added.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Compare_TheOtherWay_ReportsTheAddedStepAsRemoved()
    {
        const string id = "versions.compare-back";
        using var admin = await fixture.ClientAsync(Roles.Administrator);
        await PublishAsync(admin, Document(id, due: "P10D", extraStep: false));
        await PublishAsync(admin, Document(id, due: "P10D", extraStep: true));

        var changes = await admin.GetFromJsonAsync<JsonElement>(new Uri($"api/definitions/{id}/compare?from=2&to=1", UriKind.Relative));

        // The documents' own version numbers differ too (a definition field); of the steps, one went away.
        var only = Assert.Single(changes.GetProperty("changes").EnumerateArray(), c => c.GetProperty("area").GetString() == "step");
        Assert.Equal(("publish-results", "removed"), (only.GetProperty("id").GetString(), only.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Compare_AVersionThatIsNotStored_IsAProblemWithTheStoreCode()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        using var response = await client.GetAsync(new Uri("api/definitions/no-such-definition/compare?from=1&to=2", UriKind.Relative));

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE8510");
    }

    [Fact]
    public async Task OverlayChanges_OfAProvince_NameEachChangeWithThePatchAndItsReason()
    {
        using var client = await fixture.ClientAsync(Roles.WorkingGroup);
        using var response = await client.GetAsync(new Uri("api/definitions/hdnd.da-nang/versions/1/overlay-changes", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("resolved").GetBoolean(), body);
        Assert.Equal(("hdnd.standard", 1), (json.RootElement.GetProperty("base").GetProperty("id").GetString(), json.RootElement.GetProperty("base").GetProperty("version").GetInt32()));
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        var rule = Assert.Single(changes, c => c.GetProperty("area").GetString() == "rule" && c.GetProperty("id").GetString() == "minimumCommentDays");
        Assert.Equal(("added", 0, "add-rule"), (rule.GetProperty("kind").GetString(), rule.GetProperty("patch").GetInt32(), rule.GetProperty("patchOp").GetString()));
        Assert.Contains("30", rule.GetProperty("patchReason").GetString(), StringComparison.Ordinal);
        var plan = Assert.Single(changes, c => c.GetProperty("id").GetString() == "prepare-consultation-plan" && c.GetProperty("field").GetString() == "validate");
        Assert.Equal(("step", "changed", "update-step"), (plan.GetProperty("area").GetString(), plan.GetProperty("kind").GetString(), plan.GetProperty("patchOp").GetString()));
    }

    [Fact]
    public async Task OverlayChanges_OfAPlainDefinition_IsRefusedWithCE8510()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        using var response = await client.GetAsync(new Uri("api/definitions/hdnd.standard/versions/1/overlay-changes", UriKind.Relative));

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE8510");
    }

    [Fact]
    public async Task Retire_APublishedVersion_RetiresIt_AndRetiringItAgainIsRefusedWithCE8506()
    {
        const string id = "versions.retire";
        using var admin = await fixture.ClientAsync(Roles.Administrator);
        await PublishAsync(admin, Document(id, due: "P10D", extraStep: false));
        using var committee = await fixture.ClientAsync(Roles.StandingCommittee);

        using var retired = await committee.PostAsync(new Uri($"api/definitions/{id}/versions/1/retire", UriKind.Relative), null);
        var body = await retired.Content.ReadAsStringAsync();
        Assert.True(retired.StatusCode == HttpStatusCode.OK, body);
        using (var json = JsonDocument.Parse(body))
        {
            Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
            Assert.Equal(TestUsersName(Roles.StandingCommittee), json.RootElement.GetProperty("retiredBy").GetString());
        }

        var summary = await admin.GetFromJsonAsync<JsonElement>(new Uri($"api/definitions/{id}", UriKind.Relative));
        Assert.False(summary.TryGetProperty("latestPublished", out var latest) && latest.ValueKind == JsonValueKind.Number, summary.ToString());

        using var again = await committee.PostAsync(new Uri($"api/definitions/{id}/versions/1/retire", UriKind.Relative), null);
        await ProblemJson.AssertAsync(again, HttpStatusCode.Conflict, "CE8506");
    }

    [Fact]
    public async Task Retire_AVersionThatIsNotStored_Is404WithCE8504()
    {
        using var admin = await fixture.ClientAsync(Roles.Administrator);
        using var response = await admin.PostAsync(new Uri("api/definitions/hdnd.standard/versions/99/retire", UriKind.Relative), null);

        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE8504");
    }

    [Fact]
    public async Task Discard_TheDraft_DeletesIt_AndDiscardingAgainIs404WithCE8503()
    {
        const string id = "versions.discard";
        using var admin = await fixture.ClientAsync(Roles.Administrator);
        var revision = await ImportAsync(admin, Document(id, due: "P10D", extraStep: false));

        using var discarded = await admin.DeleteAsync(new Uri($"api/definitions/{id}/draft?revision={revision}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        using var gone = await admin.GetAsync(new Uri($"api/definitions/{id}/versions/0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        using var again = await admin.DeleteAsync(new Uri($"api/definitions/{id}/draft", UriKind.Relative));
        await ProblemJson.AssertAsync(again, HttpStatusCode.NotFound, "CE8503");
    }

    [Fact]
    public async Task Discard_AtAStaleRevision_IsRefusedWithCE8501_AndTheDraftStays()
    {
        const string id = "versions.discard-stale";
        using var admin = await fixture.ClientAsync(Roles.Administrator);
        var revision = await ImportAsync(admin, Document(id, due: "P10D", extraStep: false));

        using var response = await admin.DeleteAsync(new Uri($"api/definitions/{id}/draft?revision={revision + 1}", UriKind.Relative));

        await ProblemJson.AssertAsync(response, HttpStatusCode.Conflict, "CE8501");
        using var kept = await admin.GetAsync(new Uri($"api/definitions/{id}/versions/0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    private static string TestUsersName(string role) => ConsultEngine.Web.Testing.TestUsers.UserName(role);

    /// <summary>A small valid definition: one phase, a task and an approval with a due period, and optionally a third step.</summary>
    private static string Document(string id, string due, bool extraStep) => $$"""
        {
          "schemaVersion": 1, "id": "{{id}}", "version": 1,
          "title": { "vi": "Thử quản lý phiên bản", "en": "Version management test" },
          "roles": [ { "id": "council-office", "title": { "vi": "Văn phòng HĐND", "en": "People's Council Office" } } ],
          "phases": [ { "id": "prepare", "title": { "vi": "Chuẩn bị", "en": "Preparation" }, "steps": [
            { "id": "draft-plan", "type": "task", "title": { "vi": "Lập kế hoạch", "en": "Draft the plan" }, "role": "council-office" },
            { "id": "review", "type": "approval", "title": { "vi": "Duyệt", "en": "Review" }, "role": "council-office", "due": "{{due}}" }{{(extraStep ? """
            , { "id": "publish-results", "type": "task", "title": { "vi": "Đăng kết quả", "en": "Publish the results" }, "role": "council-office" }
            """ : "")}}
          ] } ]
        }
        """;

    private static async Task<long> ImportAsync(HttpClient admin, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync(new Uri("api/definitions/import", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var answer = JsonDocument.Parse(body);
        Assert.True(answer.RootElement.GetProperty("valid").GetBoolean(), body);
        return answer.RootElement.GetProperty("draft").GetProperty("revision").GetInt64();
    }

    private static async Task PublishAsync(HttpClient admin, string json)
    {
        var revision = await ImportAsync(admin, json);
        using var response = await admin.PostAsJsonAsync(new Uri($"api/definitions/{JsonDocument.Parse(json).RootElement.GetProperty("id").GetString()}/draft/publish", UriKind.Relative), new { revision });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>
/// A tool step worked by staff over the API: a small definition whose first step is a focus group is
/// imported and published, a consultation starts on it, the step is opened, the tool's actions run
/// (a payload refused with CE9108 at its pointer), the step closes and the engine's step completes.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class ToolStepsApiTests(WebHostFixture fixture)
{
    private const string DefinitionId = "console.focus-test";

    [Fact]
    public async Task FocusGroupStep_Opens_RunsActions_RefusesABadPayload_Closes_AndIsAnalysed()
    {
        var id = await StartAsync();
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);
        var step = $"api/instances/{id}/tool-steps/discuss";

        using (var describe = JsonDocument.Parse(await office.GetStringAsync(new Uri(step, UriKind.Relative))))
        {
            var actions = describe.RootElement.GetProperty("manifest").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
            Assert.Contains("define-group", actions);
            Assert.Contains("record-passages", actions);
        }

        using (var open = await office.PostAsync(new Uri(step + "/open", UriKind.Relative), null))
        {
            Assert.True(open.IsSuccessStatusCode, await open.Content.ReadAsStringAsync());
        }

        using (var bad = await office.PostAsJsonAsync(new Uri(step + "/actions/define-group", UriKind.Relative), new { id = "g1", criteria = Array.Empty<object>(), plannedSize = 1 }))
        {
            await ProblemJson.AssertAsync(bad, HttpStatusCode.UnprocessableEntity, "CE9108");
            using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
            var pointers = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("jsonPointer").GetString()).ToList();
            Assert.Contains("/plannedSize", pointers);
        }

        using (var define = await office.PostAsJsonAsync(new Uri(step + "/actions/define-group", UriKind.Relative), new { id = "g1", name = new { vi = "Người dân", en = "Residents" }, criteria = new[] { new { label = "Người dân chịu tác động" } }, plannedSize = 4 }))
        {
            Assert.True(define.IsSuccessStatusCode, await define.Content.ReadAsStringAsync());
        }

        using (var groups = await office.PostAsJsonAsync(new Uri(step + "/actions/list-groups", UriKind.Relative), new { }))
        {
            var body = await groups.Content.ReadAsStringAsync();
            Assert.True(groups.IsSuccessStatusCode, body);
            Assert.Contains("g1", body, StringComparison.Ordinal);
        }

        using (var analysis = await office.GetAsync(new Uri(step + "/analysis", UriKind.Relative)))
        {
            var body = await analysis.Content.ReadAsStringAsync();
            Assert.True(analysis.IsSuccessStatusCode, body);
            using var json = JsonDocument.Parse(body);
            Assert.Equal("focus-group", json.RootElement.GetProperty("tool").GetString());
            Assert.Equal(0, json.RootElement.GetProperty("basis").GetProperty("stored").GetInt32());
        }

        using (var close = await office.PostAsJsonAsync(new Uri(step + "/close", UriKind.Relative), new { }))
        {
            Assert.True(close.IsSuccessStatusCode, await close.Content.ReadAsStringAsync());
        }

        using var detail = JsonDocument.Parse(await office.GetStringAsync(new Uri($"api/instances/{id}", UriKind.Relative)));
        Assert.Equal("Completed", Consultation.Step(detail.RootElement, "discuss").GetProperty("status").GetString());
        Assert.Equal("Waiting", Consultation.Step(detail.RootElement, "wrap-up").GetProperty("status").GetString());
    }

    [Fact]
    public async Task CompletingAToolStepAsATask_Is409WithCE9946()
    {
        var id = await StartAsync();
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);
        using var response = await office.PostAsJsonAsync(new Uri($"api/instances/{id}/steps/discuss/complete", UriKind.Relative), new { });

        await ProblemJson.AssertAsync(response, HttpStatusCode.Conflict, "CE9946");
    }

    /// <summary>Publishes the test definition once (import as a draft, publish), then starts a consultation on its newest version.</summary>
    private async Task<Guid> StartAsync()
    {
        using var admin = await fixture.ClientAsync(Roles.Administrator);
        await Published.WaitAsync();
        try
        {
            using var existing = await admin.GetAsync(new Uri("api/definitions/" + DefinitionId, UriKind.Relative));
            if (existing.StatusCode == HttpStatusCode.NotFound)
            {
                var json = await File.ReadAllTextAsync(Path.Combine(SourceFolder(), "Definitions", DefinitionId + ".json"));
                using var content = new StringContent(json, Encoding.UTF8, "application/json");
                using var imported = await admin.PostAsync(new Uri("api/definitions/import", UriKind.Relative), content);
                var importBody = await imported.Content.ReadAsStringAsync();
                Assert.True(imported.IsSuccessStatusCode, importBody);
                using var publish = await admin.PostAsJsonAsync(new Uri($"api/definitions/{DefinitionId}/draft/publish", UriKind.Relative), new { });
                Assert.True(publish.IsSuccessStatusCode, importBody + " / " + await publish.Content.ReadAsStringAsync());
            }
        }
        finally
        {
            Published.Release();
        }

        using var office = await fixture.ClientAsync(Roles.CouncilOffice);
        using var started = await office.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = DefinitionId, title = "Tool step test" });
        var body = await started.Content.ReadAsStringAsync();
        Assert.True(started.StatusCode == HttpStatusCode.Created, body);
        using var detail = JsonDocument.Parse(body);
        return Consultation.Id(detail.RootElement);
    }

    private static readonly SemaphoreSlim Published = new(1, 1);

    /// <summary>The folder of this file: the test's JSON fixture lives beside it (as Snapshooter's snapshots do).</summary>
    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

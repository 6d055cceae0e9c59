using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Tests.Api;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// A contracted organisation reaches only the tool steps assigned to it: the API and the console page
/// answer 403 (CE9940) for another organisation's step or an unassigned one, 200 for its own.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class ToolStepAccessTests(WebHostFixture fixture)
{
    private const string Other = "another-organisation";

    [Fact]
    public async Task ContractedOrganisation_OpensItsAssignedToolStep_AndIsRefusedAnotherOrganisationsAndAnUnassignedOne()
    {
        var id = await StartWithAssignmentsAsync("Access test");
        using var contractor = await fixture.ClientAsync(Roles.ContractedOrganisation);

        using (var own = await contractor.GetAsync(new Uri($"api/instances/{id}/tool-steps/narrow-consultation", UriKind.Relative)))
        {
            var body = await own.Content.ReadAsStringAsync();
            Assert.True(own.StatusCode == HttpStatusCode.OK, body);
            using var json = JsonDocument.Parse(body);
            Assert.Equal("focus-group", json.RootElement.GetProperty("view").GetProperty("toolId").GetString());
            Assert.Equal(TestUsers.Organisation, json.RootElement.GetProperty("organisation").GetString());
        }

        using (var others = await contractor.GetAsync(new Uri($"api/instances/{id}/tool-steps/run-survey", UriKind.Relative)))
        {
            await ProblemJson.AssertAsync(others, HttpStatusCode.Forbidden, "CE9940");
        }

        using (var unassigned = await contractor.GetAsync(new Uri($"api/instances/{id}/tool-steps/run-online-poll/analysis", UriKind.Relative)))
        {
            await ProblemJson.AssertAsync(unassigned, HttpStatusCode.Forbidden, "CE9940");
        }

        using var action = await contractor.PostAsJsonAsync(new Uri($"api/instances/{id}/tool-steps/run-survey/actions/status", UriKind.Relative), new { });
        await ProblemJson.AssertAsync(action, HttpStatusCode.Forbidden, "CE9940");
    }

    [Fact]
    public async Task ContractedOrganisation_ListsOnlyItsOwnAssignments()
    {
        var id = await StartWithAssignmentsAsync("Assignment list test");
        using var contractor = await fixture.ClientAsync(Roles.ContractedOrganisation);
        using var json = JsonDocument.Parse(await contractor.GetStringAsync(new Uri("api/assignments", UriKind.Relative)));
        var rows = json.RootElement.EnumerateArray().ToList();

        Assert.Contains(rows, a => a.GetProperty("instanceId").GetGuid() == id && a.GetProperty("stepId").GetString() == "narrow-consultation");
        Assert.All(rows, a => Assert.Equal(TestUsers.Organisation, a.GetProperty("organisation").GetString()));
    }

    [Fact]
    public async Task ConsolePage_OfAnotherOrganisationsToolStep_Answers403_AndItsOwnAnswers200()
    {
        var id = await StartWithAssignmentsAsync("Page access test");
        using var browser = fixture.Host.CreateClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true });
        using (var login = await browser.PostAsJsonAsync(new Uri("api/auth/login?useCookies=true", UriKind.Relative), new { userName = TestUsers.UserName(Roles.ContractedOrganisation), password = TestUsers.Password(Roles.ContractedOrganisation) }))
        {
            Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        }

        using (var others = await browser.GetAsync(new Uri($"console/consultations/{id}/tools/run-survey", UriKind.Relative)))
        {
            var html = await others.Content.ReadAsStringAsync();
            Assert.True(others.StatusCode == HttpStatusCode.Forbidden, $"{(int)others.StatusCode}: {html[..Math.Min(html.Length, 400)]}");
            Assert.Contains("CE9940", html, StringComparison.Ordinal);
        }

        using var own = await browser.GetAsync(new Uri($"console/consultations/{id}/tools/narrow-consultation", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("data-testid=\"tool-title\"", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_ANonToolStep_Is404WithCE9943_AndWithoutOrganisation_Is400WithThePointer()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Assign refusal test"));
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);

        using (var task = await office.PutAsJsonAsync(new Uri($"api/instances/{id}/tool-steps/select-issues/assignment", UriKind.Relative), new { organisation = Other }))
        {
            await ProblemJson.AssertAsync(task, HttpStatusCode.NotFound, "CE9943");
        }

        using var empty = await office.PutAsJsonAsync(new Uri($"api/instances/{id}/tool-steps/run-survey/assignment", UriKind.Relative), new { organisation = " " });
        await ProblemJson.AssertAsync(empty, HttpStatusCode.BadRequest, "CE9942");
        using var json = JsonDocument.Parse(await empty.Content.ReadAsStringAsync());
        Assert.Equal("/organisation", json.RootElement.GetProperty("errors")[0].GetProperty("jsonPointer").GetString());
    }

    /// <summary>A new consultation whose narrow-consultation step is the test organisation's and whose survey is another organisation's.</summary>
    private async Task<Guid> StartWithAssignmentsAsync(string title)
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, title));
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);
        foreach (var (step, organisation) in new[] { ("narrow-consultation", TestUsers.Organisation), ("run-survey", Other) })
        {
            using var response = await office.PutAsJsonAsync(new Uri($"api/instances/{id}/tool-steps/{step}/assignment", UriKind.Relative), new { organisation });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        return id;
    }
}

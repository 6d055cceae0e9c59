using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Tests.Api;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// Giving a tool step to an organisation and taking it back are journaled by the engine: the consultation's
/// journal (API) and its console page show who gave which step to whom; the same assignment twice is journaled once.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class AssignmentJournalTests(WebHostFixture fixture)
{
    private const string Organisation = "Viện Nghiên cứu Phát triển";
    private const string Step = "run-survey";

    [Fact]
    public async Task AssigningAndWithdrawingAToolStep_ThroughTheApi_WritesJournalEntries_ShownOnTheConsultationPage()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Assignment journal test"));
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);
        var assignment = new Uri($"api/instances/{id}/tool-steps/{Step}/assignment", UriKind.Relative);

        for (var i = 0; i < 2; i++)
        {
            using var assigned = await office.PutAsJsonAsync(assignment, new { organisation = Organisation });
            Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        }

        using (var withdrawn = await office.DeleteAsync(assignment))
        {
            Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        }

        using var journal = JsonDocument.Parse(await office.GetStringAsync(new Uri($"api/instances/{id}/journal", UriKind.Relative)));
        var entries = journal.RootElement.EnumerateArray().Where(e => e.GetProperty("stepId").GetString() == Step).ToList();
        var assignedEntry = Assert.Single(entries, e => e.GetProperty("event").GetString() == "tool-step-assigned");
        var withdrawnEntry = Assert.Single(entries, e => e.GetProperty("event").GetString() == "tool-step-unassigned");
        Assert.Equal(Organisation, assignedEntry.GetProperty("data").GetProperty("assignee").GetString());
        Assert.Equal(Organisation, withdrawnEntry.GetProperty("data").GetProperty("assignee").GetString());
        Assert.False(string.IsNullOrEmpty(assignedEntry.GetProperty("actor").GetString()));
        Assert.True(assignedEntry.GetProperty("sequence").GetInt64() < withdrawnEntry.GetProperty("sequence").GetInt64());

        using var browser = new BrowserLikeClient(fixture.Host);
        using (var signIn = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = TestUsers.UserName(Roles.CouncilOffice),
            ["Input.Password"] = TestUsers.Password(Roles.CouncilOffice),
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var page = await browser.GetPageAsync($"/console/consultations/{id}");
        Assert.Contains("data-event=\"tool-step-assigned\"", page, StringComparison.Ordinal);
        Assert.Contains("data-event=\"tool-step-unassigned\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawingAStepThatWasNotAssigned_JournalsNothing()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Assignment journal no-op test"));
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);

        using (var withdrawn = await office.DeleteAsync(new Uri($"api/instances/{id}/tool-steps/{Step}/assignment", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        }

        using var journal = JsonDocument.Parse(await office.GetStringAsync(new Uri($"api/instances/{id}/journal", UriKind.Relative)));
        Assert.DoesNotContain(journal.RootElement.EnumerateArray(), e => e.GetProperty("event").GetString()!.StartsWith("tool-step-", StringComparison.Ordinal));
    }
}

using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static ConsultEngine.Web.Testing.Portal.ResultsJourneyInputs;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>
/// In the browser, as people do it: the results page is the site's 404 until a member of the Standing
/// Committee approves publication in the console (inbox, task form, outcome); then an anonymous visitor
/// reads who took part, the findings with their charts, "you said, we did" with each commitment's
/// status (and the status that changes afterwards), the explanation register with no citizen named,
/// and the five downloads — in Vietnamese and English, with no serious or critical axe-core violation.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ResultsPublicationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheStandingCommitteeApprovesInTheConsole_ThenThePortalShowsTheResults_NotBefore()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        var journey = await ResultsJourney.StartAsync(host.Services, "Giá dịch vụ thu gom rác 2026");
        await journey.ToApprovalAsync();
        var id = journey.InstanceId;
        var path = $"/consultations/{id}/results";

        await using var visitor = await browser.NewContextAsync(host.Address);
        var page = await visitor.NewPageAsync();
        Assert.Equal(404, (await page.GotoAsync(path))!.Status);
        await page.GotoAsync($"/consultations/{id}");
        Assert.Equal(0, await page.Locator($"a[href='{path}']").CountAsync());

        await using (var staff = await browser.NewContextAsync(host.Address))
        {
            await PublicationApproval.ApproveInConsoleAsync(await staff.NewPageAsync(), id);
        }

        foreach (var culture in new[] { "vi", "en" })
        {
            await ResultsPage.OpenAsync(page, path, culture);
            await ResultsPage.AssertFiguresAsync(page, culture);
            await ResultsPage.AssertCommitmentsAsync(page, culture == "vi" ? ["Đã chấp nhận", "Đã đề xuất"] : ["Accepted", "Proposed"]);
            await ResultsPage.AssertRegisterAsync(page);
            await ResultsPage.AssertAccessibleAsync(page, $"portal-results-{culture}");
        }

        // The decision moves on after publication: the page follows without another approval.
        await host.Services.GetRequiredService<IConsultationRegisters>()
            .ChangeDecisionStatusAsync(id, FirstDecision, new DecisionStatusChange(DecisionStatus.InDrafting), "test-standingcommittee");
        await ResultsPage.OpenAsync(page, path, "vi");
        await ResultsPage.AssertCommitmentsAsync(page, ["Đang soạn thảo", "Đã đề xuất"]);

        await ResultsPage.AssertDownloadsAsync(page, id);
        await page.GotoAsync("/");
        Assert.Equal(1, await page.Locator($"a[href='{path}']").CountAsync());
    }
}

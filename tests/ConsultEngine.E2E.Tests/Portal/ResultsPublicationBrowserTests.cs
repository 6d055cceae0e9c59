using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>
/// In the browser: a consultation's results page is the site's 404 until the Standing Committee's
/// approval of publication is recorded, then shows who took part, the findings and the downloads, with
/// no serious or critical axe-core violation in Vietnamese or English.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ResultsPublicationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheResultsPage_Is404BeforeApproval_AndAccessibleWithItsFiguresAfter()
    {
        await using var host = await TestWebHost.StartAsync();
        var id = await PublicationSeed.AwaitingApprovalAsync(host.Services, "Giá dịch vụ thu gom rác 2026");
        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        var path = $"/consultations/{id}/results";

        var before = await page.GotoAsync(path);
        Assert.Equal(404, before!.Status);
        await page.GotoAsync($"/consultations/{id}");
        Assert.Equal(0, await page.Locator($"a[href='{path}']").CountAsync());

        await PublicationSeed.ApproveAsync(host.Services, id);

        foreach (var culture in new[] { "vi", "en" })
        {
            await page.GotoAsync($"/culture/{culture}?returnUrl={Uri.EscapeDataString(path)}");
            await page.WaitForURLAsync("**" + path);
            var text = await page.Locator("main").InnerTextAsync();
            Assert.Contains(culture == "vi"
                ? $"{PublicationSeed.SurveyResponses} người đã tham gia, đóng góp {PublicationSeed.SurveyResponses} ý kiến."
                : $"{PublicationSeed.SurveyResponses} people took part and gave {PublicationSeed.SurveyResponses} opinions.", text, StringComparison.Ordinal);
            Assert.Equal(5, await page.Locator(".ce-downloads a").CountAsync());

            var results = await page.RunAxe();
            var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            await Screenshots.TakeAsync(page, $"portal-results-{culture}");
            Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
        }

        await page.GotoAsync("/");
        Assert.Equal(1, await page.Locator($"a[href='{path}']").CountAsync());
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(", ", violation.Nodes.Select(n => string.Join(" ", n.Target)))}";
}

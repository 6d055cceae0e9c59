using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>
/// axe-core on every portal page — home, consultation, the generic step page of the survey (also with an
/// error shown), the poll, the hearing and a draft's comments, thank-you — in both languages: no serious or
/// critical violation. What axe finds is printed.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PortalPagesAccessibilityTests(BrowserFixture browser, PortalSiteFixture site, ITestOutputHelper output) : IClassFixture<PortalSiteFixture>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "home", "vi" }, { "home", "en" },
        { "consultation", "vi" }, { "consultation", "en" },
        { "survey", "vi" }, { "survey", "en" },
        { "survey-error", "vi" },
        { "poll", "vi" }, { "poll", "en" },
        { "hearing", "vi" }, { "hearing", "en" },
        { "draft", "vi" }, { "draft", "en" },
        { "thanks", "vi" }, { "thanks", "en" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PortalPage_HasNoSeriousOrCriticalViolation(string name, string culture)
    {
        await using var context = await browser.NewContextAsync(site.Host.Address);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/culture/{culture}?returnUrl=%2F");
        await OpenAsync(page, name);
        Assert.Equal(culture, await page.Locator("html").GetAttributeAsync("lang"));

        var results = await page.RunAxe();
        foreach (var violation in results.Violations)
        {
            output.WriteLine(Describe(violation));
        }

        output.WriteLine($"{name} ({culture}): {results.Violations.Length} violation(s), {results.Passes.Length} rule(s) passed");
        await Screenshots.TakeAsync(page, $"portal-a11y-{name}-{culture}");
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    private async Task OpenAsync(IPage page, string name)
    {
        switch (name)
        {
            case "home":
                await page.GotoAsync("/");
                break;
            case "consultation":
                await page.GotoAsync(site.Consultation);
                break;
            case "survey":
                await page.GotoAsync(site.Survey);
                break;
            case "survey-error":
                await page.GotoAsync(site.Survey);
                await page.Locator("button[value=next]").ClickAsync();
                await page.Locator("button[value=next]").ClickAsync();
                await page.Locator("#error-summary").WaitForAsync();
                break;
            case "poll":
                await page.GotoAsync(site.Poll);
                break;
            case "hearing":
                await page.GotoAsync(site.Hearing);
                break;
            case "draft":
                await page.GotoAsync($"/consultations/{await site.DraftAsync()}/steps/{DraftConsultation.StepId}");
                break;
            default:
                await page.GotoAsync(site.Hearing);
                await page.Locator($"input[value='{PortalSeed.LargeSession}']").CheckAsync();
                await page.Locator("#field-register-fullName").FillAsync("Đỗ Thị Mai");
                await page.Locator("#field-register-consent-privacy").CheckAsync();
                await page.Locator("form button[type=submit]").ClickAsync();
                await page.WaitForURLAsync("**/thanks/**");
                break;
        }
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(", ", violation.Nodes.Select(n => string.Join(" ", n.Target)))}";
}

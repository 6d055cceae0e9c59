using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.E2E.Tests;

/// <summary>axe-core finds no serious or critical violation on the public pages, in either language, without JavaScript.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PortalAccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", "vi")]
    [InlineData("/", "en")]
    [InlineData("/account/login", "vi")]
    [InlineData("/account/login", "en")]
    public async Task PublicPage_HasNoSeriousOrCriticalViolation(string path, string culture)
    {
        await using var host = await TestWebHost.StartAsync();
        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/culture/{culture}?returnUrl={Uri.EscapeDataString(path)}");
        await page.WaitForURLAsync("**" + path);
        Assert.Equal(culture, await page.Locator("html").GetAttributeAsync("lang"));

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        await Screenshots.TakeAsync(page, $"portal-a11y{path.Replace('/', '-').TrimEnd('-')}-{culture}");
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(", ", violation.Nodes.Select(n => string.Join(" ", n.Target)))}";
}

using System.Text.RegularExpressions;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests;

/// <summary>The interactive staff layout: navigation by role, the language switch, signing out.</summary>
[Collection(BrowserGroup.Name)]
public sealed class StaffLayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task Console_SwitchesToEnglish_ShowsOnlyAllowedAreas_AndSignsOut()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await SignInAsync(page, Roles.ContractedOrganisation);

        await page.WaitForURLAsync("**/console");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Điều hành lấy ý kiến");
        // A contracted organisation does not see the designer.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Thiết kế quy trình" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Consultation console");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await Screenshots.TakeAsync(page, "staff-layout-01-console-english");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(host.Address.ToString());
        await page.GotoAsync("/console");
        await page.WaitForURLAsync("**/account/login**");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
    }

    [Fact]
    public async Task LanguageSwitch_AfterAnInteractiveNavigation_ComesBackToThePageNowShown()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await SignInAsync(page, Roles.CouncilOffice);
        await page.WaitForURLAsync("**/console");
        await Console.ConsoleSession.InteractiveAsync(page);

        // The console's own navigation moves without a page load; the layout (and its language link) stays.
        await page.Locator("nav.console-nav a[href='/console/consultations/new']").ClickAsync();
        await page.WaitForURLAsync("**/console/consultations/new");
        await Assertions.Expect(page.Locator("a.ce-culture-switch")).ToHaveAttributeAsync("href", new Regex("returnUrl=%2Fconsole%2Fconsultations%2Fnew$"));

        // The switch is a full page load through the culture endpoint and back. Waiting for the address alone
        // raced it (the address already matched before the click); the page's language and address are awaited.
        await page.Locator("a.ce-culture-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/console/consultations/new$"));
    }

    private static async Task SignInAsync(IPage page, string role)
    {
        await page.GotoAsync("/account/login?returnUrl=%2Fconsole");
        await page.Locator("#username").FillAsync(TestUsers.UserName(role));
        await page.Locator("#password").FillAsync(TestUsers.Password(role));
        await page.Locator("button[type=submit]").ClickAsync();
    }
}

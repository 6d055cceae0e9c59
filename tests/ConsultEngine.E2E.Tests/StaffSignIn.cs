using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests;

/// <summary>Signs a staff user in through the sign-in form, as a person would, and waits to leave the sign-in page.</summary>
internal static class StaffSignIn
{
    public static async Task AsAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}

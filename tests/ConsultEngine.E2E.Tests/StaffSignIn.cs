using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests;

/// <summary>Signs a staff user in through the sign-in form, as a person would, and waits to leave the sign-in page.</summary>
internal static class StaffSignIn
{
    public const string TwoFactorStep = "/account/login-2fa";

    public static async Task AsAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await CompleteAsync(page, userName);
    }

    /// <summary>
    /// After the password step: waits to leave the sign-in page and, when the two-factor step follows, enters
    /// the test user's current authenticator code (<see cref="TestUsers.CurrentCode"/>) as its owner would.
    /// </summary>
    public static async Task CompleteAsync(IPage page, string userName)
    {
        await page.WaitForURLAsync(url => PathOf(url) != "/account/login");
        if (PathOf(page.Url) == TwoFactorStep)
        {
            await page.Locator("#code").FillAsync(TestUsers.CurrentCode(userName));
            await page.Locator("button[type=submit]").ClickAsync();
            await page.WaitForURLAsync(url => PathOf(url) != TwoFactorStep);
        }
    }

    public static string PathOf(string url) => new Uri(url).AbsolutePath;
}

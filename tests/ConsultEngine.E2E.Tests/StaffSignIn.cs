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
        for (var attempt = 1; PathOf(page.Url) == TwoFactorStep; attempt++)
        {
            // As the code's owner would: when the page is still asking after a while (the submission lost on a
            // busy machine, or the code read at the very end of its 30 seconds), the code shown now is entered again.
            await page.Locator("#code").FillAsync(TestUsers.CurrentCode(userName));
            await page.Locator("button[type=submit]").ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => PathOf(url) != TwoFactorStep, new() { Timeout = attempt < 3 ? 20_000 : 60_000 });
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    public static string PathOf(string url) => new Uri(url).AbsolutePath;
}

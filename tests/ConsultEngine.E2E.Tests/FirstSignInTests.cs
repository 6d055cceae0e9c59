using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests;

/// <summary>A fresh installation: the administrator signs in with the printed one-time password and must change it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class FirstSignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task FreshHost_AdministratorSignsInWithThePrintedPassword_ChangesIt_AndReachesTheConsole()
    {
        await using var host = await TestWebHost.StartAsync();
        var oneTime = Assert.Single(FirstRunOutput.Passwords(host.Output));

        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/console");

        // Not signed in: the console sends the browser to the sign-in form (Vietnamese by default).
        await page.WaitForURLAsync("**/account/login**");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        await page.GetByLabel("Tên đăng nhập").FillAsync("admin");
        await page.GetByLabel("Mật khẩu").FillAsync(oneTime);
        await Screenshots.TakeAsync(page, "first-run-01-sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        // The one-time password must be changed before anything else.
        await page.WaitForURLAsync("**/account/change-password**");
        await Assertions.Expect(page.Locator("#must-change")).ToBeVisibleAsync();
        await page.GotoAsync("/designer");
        await page.WaitForURLAsync("**/account/change-password**");
        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(oneTime);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("Chosen-Passw0rd-1");
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync("Chosen-Passw0rd-1");
        await Screenshots.TakeAsync(page, "first-run-02-change-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();

        // An administrator signs in with two factors: before anything else, an authenticator app is enrolled
        // with the key the page shows (as a QR code and as text), confirmed with its current code.
        await page.WaitForURLAsync("**/account/two-factor**");
        await Assertions.Expect(page.Locator("#two-factor-required")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#two-factor-qr")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/png;base64,"));
        var key = (await page.Locator("#two-factor-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await Screenshots.TakeAsync(page, "first-run-03-two-factor");
        await page.Locator("#code").FillAsync(TestTotp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await page.Locator("#two-factor-continue").ClickAsync();

        // The staff console, interactive: the user's name in the app bar, the designer in the navigation.
        await page.WaitForURLAsync("**/designer");
        await Assertions.Expect(page.Locator("#user-name")).ToHaveTextAsync("admin");
        // Followed from the keyboard: the navigation drawer may still be sliding in after the page
        // arrived from the two-factor page, which leaves a pointer click "outside of the viewport";
        // and while the interactive circuit starts, the prerendered link is replaced, which can take
        // the focus away before Enter. The link is followed again until the browser is there.
        var consoleLink = page.GetByRole(AriaRole.Link, new() { Name = "Điều hành lấy ý kiến" });
        await Assertions.Expect(consoleLink).ToHaveAttributeAsync("href", "/console");
        await FollowAsync(page, consoleLink, "/console", "Điều hành lấy ý kiến");
        await Screenshots.TakeAsync(page, "first-run-04-console");

        // The old password no longer signs in; the new one does, with the authenticator's code.
        await Assert.ThrowsAsync<InvalidOperationException>(() => ApiSignIn.TokenAsync(host, "admin", oneTime, TestTotp.Code(key)));
        Assert.NotEmpty(await ApiSignIn.TokenAsync(host, "admin", "Chosen-Passw0rd-1", TestTotp.Code(key)));

        // Signing in again in a browser: the password, then the code.
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fconsole");
        await page.Locator("#username").FillAsync("admin");
        await page.Locator("#password").FillAsync("Chosen-Passw0rd-1");
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**" + StaffSignIn.TwoFactorStep + "**");
        await page.Locator("#code").FillAsync(TestTotp.Code(key));
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/console");
    }

    /// <summary>
    /// Focuses a link and presses Enter until the page at <paramref name="path"/> shows its heading. The
    /// address can change before the page does (an enhanced navigation overtaken by the circuit's first
    /// render), so the heading is what counts; after two tries from the keyboard the address is opened
    /// directly (the link's target was checked before).
    /// </summary>
    private static async Task FollowAsync(IPage page, ILocator link, string path, string heading)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (attempt <= 2)
            {
                await link.FocusAsync();
                await page.Keyboard.PressAsync("Enter");
            }
            else
            {
                await page.GotoAsync(path);
            }

            try
            {
                await page.WaitForURLAsync("**" + path, new() { Timeout = 10_000 });
                await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading, new() { Timeout = 10_000 });
                return;
            }
            catch (Exception ex) when (attempt < 4 && ex is TimeoutException or PlaywrightException)
            {
                // Still showing the previous page: follow again.
            }
        }
    }
}

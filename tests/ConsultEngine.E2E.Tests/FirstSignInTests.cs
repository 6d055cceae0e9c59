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

        // The staff console, interactive: the user's name in the app bar, the designer in the navigation.
        await page.WaitForURLAsync("**/designer");
        await Assertions.Expect(page.Locator("#user-name")).ToHaveTextAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Điều hành lấy ý kiến" }).ClickAsync();
        await page.WaitForURLAsync("**/console");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Điều hành lấy ý kiến");
        await Screenshots.TakeAsync(page, "first-run-03-console");

        // The old password no longer signs in; the new one does.
        await Assert.ThrowsAsync<InvalidOperationException>(() => ApiSignIn.TokenAsync(host, "admin", oneTime));
        Assert.NotEmpty(await ApiSignIn.TokenAsync(host, "admin", "Chosen-Passw0rd-1"));
    }
}

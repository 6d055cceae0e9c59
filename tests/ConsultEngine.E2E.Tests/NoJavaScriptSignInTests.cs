using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests;

/// <summary>The static forms work with JavaScript switched off in the browser.</summary>
[Collection(BrowserGroup.Name)]
public sealed class NoJavaScriptSignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_WithoutJavaScript_PostsThePlainForm_AndReachesTheConsole()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        await using var context = await browser.NewContextAsync(host.Address, javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/login?returnUrl=%2Fconsole");
        await page.GetByLabel("Tên đăng nhập").FillAsync(TestUsers.UserName(Roles.Executive));
        await page.GetByLabel("Mật khẩu").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.Locator("#login-error")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "no-js-01-sign-in-refused");

        await page.GetByLabel("Mật khẩu").FillAsync(TestUsers.Password(Roles.Executive));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/console");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Điều hành lấy ý kiến");
        await Screenshots.TakeAsync(page, "no-js-02-console");
    }
}

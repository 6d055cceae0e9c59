using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>
/// Consent on the step page in a browser without JavaScript (Decree 13/2023/NĐ-CP): the box is there,
/// unticked, beside a link to the privacy notice; a vote sent without it is refused with the message
/// beside the box, and the notice itself opens from the link.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ConsentWithoutJavaScriptTests(BrowserFixture browser, PortalSiteFixture site) : IClassFixture<PortalSiteFixture>
{
    [Fact]
    public async Task AVoteWithoutTheConsentBox_IsRefusedBesideTheBox_AndTheNoticeOpensFromItsLink()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Host.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Poll);
        var box = page.Locator("#field-main-consent-privacy");
        await Assertions.Expect(box).ToBeVisibleAsync();
        await Assertions.Expect(box).Not.ToBeCheckedAsync();

        await page.GetByLabel("Giữ 20.000 đồng").CheckAsync();
        await page.GetByLabel("Số điện thoại di động").FillAsync("0933 444 555");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu bình chọn" }).ClickAsync();

        await Assertions.Expect(page.Locator("#field-main-consent-privacy-error")).ToContainTextAsync("Hãy đánh dấu ô đồng ý");
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "portal-consent-01-refused");

        await page.Locator("a[href='/privacy']").First.ClickAsync();
        await page.WaitForURLAsync("**/privacy");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thông báo xử lý dữ liệu cá nhân");
        await Screenshots.TakeAsync(page, "portal-consent-02-notice");
    }
}

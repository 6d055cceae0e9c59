using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>
/// A citizen on a phone, with JavaScript disabled, votes in a poll and answers a survey on the portal:
/// the generic step page's plain forms only, skip logic decided by the survey tool, screenshots of each step.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CitizenWithoutJavaScriptTests(BrowserFixture browser, PortalSiteFixture site) : IClassFixture<PortalSiteFixture>
{
    [Fact]
    public async Task ACitizen_VotesInThePoll_AndASecondVoteIsRefused()
    {
        await using var context = await PhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Screenshots.TakeAsync(page, "portal-01-home");
        await page.Locator($"a[href='{site.Poll}']").First.ClickAsync();
        await page.WaitForURLAsync("**" + site.Poll);
        await page.GetByLabel("Giữ 20.000 đồng").CheckAsync();
        await page.GetByLabel("Thùng chứa").CheckAsync();
        await page.GetByLabel("Số điện thoại di động").FillAsync("0933 111 222");
        await page.Locator("#field-main-consent-privacy").CheckAsync();
        await Screenshots.TakeAsync(page, "portal-02-poll-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu bình chọn" }).ClickAsync();
        await page.WaitForURLAsync("**/thanks/**");
        Assert.Contains("Phiếu bình chọn của bạn đã được ghi nhận.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "portal-03-poll-thanks");

        await page.GotoAsync(site.Poll);
        await page.GetByLabel("Tăng lên 25.000 đồng", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Số điện thoại di động").FillAsync("0933111222");
        await page.Locator("#field-main-consent-privacy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu bình chọn" }).ClickAsync();
        await Assertions.Expect(page.Locator("#field-main-identifier-error")).ToContainTextAsync("Mỗi người chỉ tham gia một lần.");
        await Screenshots.TakeAsync(page, "portal-04-poll-second-vote-refused");
    }

    [Fact]
    public async Task ACitizen_AnswersTheSurvey_PageByPage_WithSkipLogic_AndGetsAReceipt()
    {
        await using var context = await PhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Consultation);
        await Screenshots.TakeAsync(page, "portal-05-consultation");
        await page.Locator($"a[href='{site.Survey}']").First.ClickAsync();
        await page.WaitForURLAsync("**" + site.Survey);

        await page.GetByLabel("Không", new() { Exact = true }).CheckAsync();
        await Screenshots.TakeAsync(page, "portal-06-survey-page-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();

        // "No" skips "how often" and asks "why not": the survey tool's own skip logic, asked by the page.
        await Assertions.Expect(page.GetByLabel("Vì sao rác chưa được thu gom?", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[name='/answers/frequency']").CountAsync());
        await page.GetByLabel("Vì sao rác chưa được thu gom?", new() { Exact = false }).FillAsync("Xe thu gom không vào được ngõ.");
        await page.Locator("button[value=next]").ClickAsync();

        // Satisfaction is required: the tool's error is shown at the field.
        await Assertions.Expect(page.Locator("#field-main-answers-satisfaction-error")).ToContainTextAsync("Câu hỏi này bắt buộc trả lời.");
        await Screenshots.TakeAsync(page, "portal-07-survey-required-error");
        await page.GetByLabel("Hài lòng", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Thùng chứa rác").CheckAsync();
        await page.GetByLabel("Thôn, xóm").FillAsync("Xóm 5");
        await page.GetByLabel("Thứ hạng 1").SelectOptionAsync("price");
        await page.GetByLabel("Thứ hạng 2").SelectOptionAsync("frequency");
        await page.GetByLabel("Thứ hạng 3").SelectOptionAsync("cleanliness");
        await page.Locator("#field-main-consent-privacy").CheckAsync();
        await page.Locator("button[value=next]").ClickAsync();
        await page.WaitForURLAsync("**/thanks/**");
        await Assertions.Expect(page.Locator("#receipt")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f-]{36}$"));
        await Screenshots.TakeAsync(page, "portal-08-survey-thanks");
    }

    private Task<IBrowserContext> PhoneAsync() =>
        browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Host.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            JavaScriptEnabled = false,
            IsMobile = true,
            HasTouch = true,
        });
}

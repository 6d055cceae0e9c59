using System.Globalization;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Console;

/// <summary>
/// An online poll run from the console in a real browser: the Council Office sets up its question, options
/// and voting window through the generated form (no JSON); three citizens vote on the public portal page in
/// the same browser and a fourth vote with a number already used is refused (the step does not allow a vote
/// to be changed); the console's live tallies and analysis then show the counts. Screenshots: console-poll-*.png.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PollToolWalkthroughTests(BrowserFixture browser)
{
    private const string Keep = "Giữ mức 5.000 đồng một lượt";

    private const string Raise = "Tăng lên 8.000 đồng một lượt";

    private const string Free = "Miễn phí cho người cao tuổi";

    [Fact]
    public async Task CouncilOffice_SetsUpThePoll_CitizensVoteOnThePortal_AndTheConsoleShowsTheTallies()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        var id = await ToolsConsultation.StartAsync(host, "Bình chọn phí trông giữ xe");

        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, Roles.CouncilOffice);
        await ToolsConsultation.OpenToolAsync(page, id, "poll");

        // The set-up: the window (opened an hour ago, closing in a week, picked on Vietnam's clock as the console reads it) and one single-choice question of three options.
        await ToolsConsultation.ChooseActionAsync(page, "Thiết lập câu hỏi và thời gian bình chọn");
        var now = ConsultEngine.Web.Localization.VietnamTime.Of(DateTimeOffset.UtcNow).DateTime;
        await ToolsConsultation.Field(page, "/opensAt").FillAsync(now.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await ToolsConsultation.Field(page, "/closesAt").FillAsync(now.AddDays(7).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await AddItemAsync(page, "/questions");
        await ToolsConsultation.Field(page, "/questions/0/id").FillAsync("phi-xe");
        await ToolsConsultation.Field(page, "/questions/0/title").FillAsync("Mức phí trông giữ xe máy tại bệnh viện tỉnh");
        await ToolsConsultation.PickAsync(page, page.Locator("[data-field='/questions/0/choice']").First, "single");
        foreach (var (value, label, at) in new[] { ("giu", Keep, 0), ("tang", Raise, 1), ("mien", Free, 2) })
        {
            await AddItemAsync(page, "/questions/0/options");
            await ToolsConsultation.Field(page, $"/questions/0/options/{at}/value").FillAsync(value);
            await ToolsConsultation.Field(page, $"/questions/0/options/{at}/label").FillAsync(label);
        }

        await Screenshots.TakeAsync(page, "console-poll-01-set-up-form");
        await ToolsConsultation.RunAsync(page);

        // Votes on the portal's poll page, in the same browser: two keep, one raise; the same number again is refused.
        var portal = await context.NewPageAsync();
        await VoteAsync(portal, id, Keep, "0912 000 001");
        await VoteAsync(portal, id, Raise, "0912 000 002");
        await VoteAsync(portal, id, Keep, "0912 000 003");
        await portal.GotoAsync($"/consultations/{id}/steps/poll");
        await portal.GetByLabel(Free).CheckAsync();
        await portal.GetByLabel("Số điện thoại di động").FillAsync("0912000002");
        await portal.Locator("#field-main-consent-privacy").CheckAsync();
        await portal.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu bình chọn" }).ClickAsync();
        await Assertions.Expect(portal.Locator("#field-main-identifier-error")).ToContainTextAsync("Mỗi người chỉ tham gia một lần.");
        await Screenshots.TakeAsync(portal, "console-poll-02-portal-second-vote-refused");
        await portal.CloseAsync();

        // The live tallies, run from the console on the public's behalf: three people voted.
        await ToolsConsultation.ChooseActionAsync(page, "Kết quả bình chọn trực tiếp");
        await ToolsConsultation.RunAsync(page);
        var tally = page.GetByTestId("action-result");
        await Assertions.Expect(tally.Locator("tr[data-field=people] > td").First).ToHaveTextAsync("3");
        await Assertions.Expect(tally.Locator("tr[data-field=opinions] > td").First).ToHaveTextAsync("3");
        await Assertions.Expect(tally.Locator("tr[data-field=changedVotes] > td").First).ToHaveTextAsync("0");
        await Screenshots.TakeAsync(page, "console-poll-03-live-tallies");

        // The analysis: 3 counted votes, keep 2 (66,7 %), raise 1, free 0.
        await page.GetByTestId("analyse").ClickAsync();
        await Assertions.Expect(page.Locator("[data-view=basis] tr[data-figure=counted] > td")).ToHaveTextAsync("3");
        var question = page.Locator("section[data-view=question-phi-xe]");
        await Assertions.Expect(Row(question, Keep).Locator("td").First).ToHaveTextAsync("2");
        await Assertions.Expect(Row(question, Keep).Locator("td").Nth(1)).ToHaveTextAsync("66,7 %");
        await Assertions.Expect(Row(question, Raise).Locator("td").First).ToHaveTextAsync("1");
        await Assertions.Expect(Row(question, Free).Locator("td").First).ToHaveTextAsync("0");
        await question.ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "console-poll-04-analysis");
    }

    private static async Task VoteAsync(IPage portal, Guid id, string option, string phone)
    {
        await portal.GotoAsync($"/consultations/{id}/steps/poll");
        await portal.GetByLabel(option).CheckAsync();
        await portal.GetByLabel("Số điện thoại di động").FillAsync(phone);
        await portal.Locator("#field-main-consent-privacy").CheckAsync();
        await portal.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu bình chọn" }).ClickAsync();
        await portal.WaitForURLAsync("**/thanks/**");
        Assert.Contains("Phiếu bình chọn của bạn đã được ghi nhận.", await portal.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static ILocator Row(ILocator question, string label) => question.Locator($"tbody tr:has(th:text-is('{label}'))");

    /// <summary>Grows an array of the generated form by one item (its own button, not one of a nested array).</summary>
    private static Task AddItemAsync(IPage page, string pointer) =>
        page.Locator($"fieldset[data-field='{pointer}'] > button").Filter(new() { HasText = "Thêm mục" }).ClickAsync();
}

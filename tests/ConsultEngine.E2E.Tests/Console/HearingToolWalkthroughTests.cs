using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Console;

/// <summary>
/// A public hearing run from the console in a real browser, every step through generated forms (no
/// JSON): a session of two seats, three walk-ins registered (the third on the waiting list), one
/// checked in, a speaker's opinion recorded, the roster read as tables; then the consultation is
/// suspended and resumed from its page, both in the journal. Screenshots: console-hearing-*.png.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class HearingToolWalkthroughTests(BrowserFixture browser)
{
    [Fact]
    public async Task CouncilOffice_RunsAHearing_RegistersChecksInRecordsAnOpinion_ThenSuspendsAndResumes()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        var id = await ToolsConsultation.StartAsync(host, "Điều trần về phí gửi xe");

        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, Roles.CouncilOffice);
        await ToolsConsultation.OpenToolAsync(page, id, "hearing");

        // A session: its title typed as text, its start picked as a local date and time.
        await ToolsConsultation.ChooseActionAsync(page, "Thêm phiên điều trần");
        await ToolsConsultation.Field(page, "/id").FillAsync("phien-1");
        await ToolsConsultation.Field(page, "/title").FillAsync("Phiên điều trần thứ nhất");
        await ToolsConsultation.Field(page, "/venue").FillAsync("Hội trường UBND tỉnh");
        await ToolsConsultation.Field(page, "/address").FillAsync("Số 1 Trần Hưng Đạo");
        await ToolsConsultation.Field(page, "/startsAt").FillAsync("2026-12-10T09:00");
        await ToolsConsultation.Field(page, "/endsAt").FillAsync("2026-12-10T11:30");
        await ToolsConsultation.Field(page, "/capacity").FillAsync("2");
        await Screenshots.TakeAsync(page, "console-hearing-01-session-form");
        await ToolsConsultation.RunAsync(page);

        // Three walk-ins registered by staff; two seats, so the third waits.
        await ToolsConsultation.ChooseActionAsync(page, "Đăng ký tham dự");
        var first = await RegisterAsync(page, "Nguyễn Văn An");
        Assert.Equal("registered", first.Status);
        Assert.Equal("registered", (await RegisterAsync(page, "Trần Thị Bình")).Status);
        Assert.Equal("waiting", (await RegisterAsync(page, "Lê Văn Cường")).Status);

        // Check-in of the first.
        await ToolsConsultation.ChooseActionAsync(page, "Điểm danh");
        await ToolsConsultation.Field(page, "/sessionId").FillAsync("phien-1");
        await ToolsConsultation.Field(page, "/registrationId").FillAsync(first.Id);
        await ToolsConsultation.RunAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=action-result] tr[data-field=status] > td")).ToHaveTextAsync("checked-in");

        // A speaker's opinion, the opinion list grown with "add item" and its stance chosen from the list.
        await ToolsConsultation.ChooseActionAsync(page, "Ghi nhận người phát biểu và ý kiến");
        await ToolsConsultation.Field(page, "/sessionId").FillAsync("phien-1");
        await ToolsConsultation.Field(page, "/registrationId").FillAsync(first.Id);
        await page.Locator("[data-field='/opinions']").GetByRole(AriaRole.Button, new() { Name = "Thêm mục" }).ClickAsync();
        await ToolsConsultation.Field(page, "/opinions/0/text").FillAsync("Mức phí gửi xe nên giảm một nửa cho người bệnh nằm viện dài ngày.");
        await ToolsConsultation.PickAsync(page, page.Locator("[data-field='/opinions/0/stance']").First, "Sửa đổi, bổ sung");
        await Screenshots.TakeAsync(page, "console-hearing-02-speaker-form");
        await ToolsConsultation.RunAsync(page);

        // The roster: registrations, the waiting list and attendance as tables.
        await ToolsConsultation.ChooseActionAsync(page, "Danh sách đăng ký, chờ và điểm danh");
        await ToolsConsultation.RunAsync(page);
        var registrations = page.Locator("[data-testid=action-result] table[data-result=registrations] > tbody > tr");
        await Assertions.Expect(registrations).ToHaveCountAsync(3);
        var checkedIn = await registrations.Locator("td[data-column=checkedInAt]").AllInnerTextsAsync();
        Assert.Single(checkedIn, t => t.Trim() is { Length: > 0 } at && at != "—");
        await Assertions.Expect(registrations.Filter(new() { HasText = "waiting" })).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(page, "console-hearing-03-roster");

        // Suspend and resume the consultation from its page; both are journaled with the actor.
        await page.GotoAsync($"/console/consultations/{id}");
        await ConsoleSession.InteractiveAsync(page);
        await page.GetByTestId("suspend").ClickAsync();
        await Assertions.Expect(page.GetByTestId("instance-status")).ToHaveAttributeAsync("data-status", "Suspended");
        await Assertions.Expect(page.Locator("tr[data-event=instance-suspended]")).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(page, "console-hearing-04-suspended");
        await page.GetByTestId("resume").ClickAsync();
        await Assertions.Expect(page.GetByTestId("instance-status")).ToHaveAttributeAsync("data-status", "Running");
        await Assertions.Expect(page.Locator("tr[data-event=instance-resumed]")).ToContainTextAsync("test-counciloffice");
        await Screenshots.TakeAsync(page, "console-hearing-05-resumed");
    }

    private sealed record Registered(string Id, string Status);

    private static async Task<Registered> RegisterAsync(IPage page, string name)
    {
        await ToolsConsultation.Field(page, "/sessionId").FillAsync("phien-1");
        await ToolsConsultation.Field(page, "/fullName").FillAsync(name);
        await ToolsConsultation.RunAsync(page);
        var result = page.GetByTestId("action-result");
        var id = await result.Locator("tr[data-field=registrationId] > td").InnerTextAsync();
        var status = await result.Locator("tr[data-field=status] > td").InnerTextAsync();

        return new Registered(id.Trim(), status.Trim());
    }
}

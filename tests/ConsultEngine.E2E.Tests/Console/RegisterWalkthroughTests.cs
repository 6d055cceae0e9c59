using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Console;

/// <summary>
/// The registers kept from the console in a real browser, on a consultation whose results are
/// published: the Working Group records a disposition through the form (refused first without the
/// explanation a "not taken up" needs, CE8701, shown in Vietnamese), applies a suggested group of
/// identical opinions, and sees the progress reach complete; then a policy decision moves from proposed
/// to accepted. Screenshots: console-register-*.png.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class RegisterWalkthroughTests(BrowserFixture browser)
{
    [Fact]
    public async Task WorkingGroup_DispositionsOpinionsThroughTheForm_SeesProgress_AndMovesADecision()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        var id = await PublicationSeed.AwaitingApprovalAsync(host.Services, "Tham vấn phí gửi xe tại bệnh viện");
        await PublicationSeed.ApproveAsync(host.Services, id);
        var inputs = await RegisterSeed.AddOpinionsAsync(host.Services, id);
        var registers = host.Services.GetRequiredService<IConsultationRegisters>();
        await registers.CreateRecommendationAsync(id, null, new RecommendationDraft("Giảm phí gửi xe cho người bệnh", "UBND tỉnh", new Evidence([RegisterSeed.Theme], [inputs[2]])), "seed");
        await registers.CreateDecisionAsync(id, new DecisionDraft(DecisionKind.Amend, "Sửa nghị quyết về phí gửi xe", ["KN-01"]), "seed");

        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, Roles.WorkingGroup);
        await page.GotoAsync($"/console/consultations/{id}/register");
        await ConsoleSession.InteractiveAsync(page);
        var progress = page.GetByTestId("progress");
        var form = page.GetByTestId("disposition-form");
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-total", "3");
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-dispositioned", "0");

        // The organisation's opinion, not taken up: refused without the explanation, recorded with it.
        await page.Locator($"input[data-select='{inputs[2]:D}']").CheckAsync();
        await Assertions.Expect(page.GetByTestId("selected-count")).ToContainTextAsync("1");
        await form.GetByText("Không tiếp thu (có giải trình)", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("record-disposition").ClickAsync();
        await Assertions.Expect(page.GetByTestId("refusal")).ToHaveAttributeAsync("data-code", "CE8701");
        await Assertions.Expect(page.GetByTestId("refusal")).ToContainTextAsync("giải trình");
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-dispositioned", "0");
        await page.Locator("textarea[data-testid=disposition-explanation], [data-testid=disposition-explanation] textarea").First.FillAsync("Mức phí do Trung ương quy định khung; tỉnh chỉ quyết định trong khung.");
        await Screenshots.TakeAsync(page, "console-register-01-disposition-form");
        await page.GetByTestId("record-disposition").ClickAsync();
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-dispositioned", "1");
        await Assertions.Expect(page.Locator($"tr[data-opinion='{inputs[2]:D}']")).ToHaveAttributeAsync("data-kind", "NotTakenUp");
        await Assertions.Expect(page.GetByTestId("refusal")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("textarea[data-testid=disposition-explanation], [data-testid=disposition-explanation] textarea").First).ToHaveValueAsync("");

        // The two identical opinions, suggested as a group, taken up together.
        await page.GetByTestId("select-group-0").ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-count")).ToContainTextAsync("2");
        await form.GetByText("Tiếp thu", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("record-disposition").ClickAsync();
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-dispositioned", "3");
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-complete", "true");
        await Assertions.Expect(page.Locator($"tr[data-opinion='{inputs[0]:D}']")).ToHaveAttributeAsync("data-kind", "TakenUp");
        await Assertions.Expect(page.Locator($"tr[data-opinion='{inputs[0]:D}']")).Not.ToContainTextAsync("Trung ương");
        await Screenshots.TakeAsync(page, "console-register-02-complete");

        // The history of an opinion: its one disposition.
        await page.GetByTestId("history-3").ClickAsync();
        await Assertions.Expect(page.GetByTestId("history").Locator("tbody tr")).ToHaveCountAsync(1);

        // The decision, kept after the consultation: proposed → accepted.
        await page.GotoAsync($"/console/consultations/{id}/decisions");
        await ConsoleSession.InteractiveAsync(page);
        var decision = page.Locator("[data-decision='QD-01']");
        await Assertions.Expect(decision).ToHaveAttributeAsync("data-status", "Proposed");
        await ToolsConsultation.PickAsync(page, page.GetByTestId("new-status-QD-01"), "Đã chấp thuận");
        await page.GetByTestId("change-status-QD-01").ClickAsync();
        await Assertions.Expect(decision).ToHaveAttributeAsync("data-status", "Accepted");
        await Assertions.Expect(page.GetByTestId("history-QD-01").Locator("tbody tr")).ToHaveCountAsync(2);
        await Screenshots.TakeAsync(page, "console-register-03-decision-accepted");

        // Back from the decision to the input named as evidence.
        await page.GetByTestId("trace-QD-01").ClickAsync();
        await Assertions.Expect(page.GetByTestId("back-trace")).ToHaveAttributeAsync("data-decision", "QD-01");
        await Assertions.Expect(page.Locator($"[data-testid=back-trace] [data-trace-input='{inputs[2]:D}']").First).ToBeVisibleAsync();
    }
}

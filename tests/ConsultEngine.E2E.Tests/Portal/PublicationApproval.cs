using ConsultEngine.E2E.Tests.Console;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>
/// A member of the Standing Committee approves the publication of a consultation's results in the
/// console, as they would: signs in, opens the task from the inbox, chooses what is published in the
/// form generated from the step's schema, writes the opinion, chooses the outcome "approve" and completes.
/// </summary>
internal static class PublicationApproval
{
    /// <summary>What the form's <c>publish</c> list offers (<c>figures</c>, <c>you-said-we-did</c>...), as the console reads them.</summary>
    public static readonly string[] Publish = ["Số liệu", "Cử tri đã nêu – HĐND đã làm", "Báo cáo tiếp thu, giải trình ý kiến", "Báo cáo kết quả tham vấn", "Dữ liệu mở"];

    public static async Task ApproveInConsoleAsync(IPage page, Guid instanceId)
    {
        await ConsoleSession.SignInAsync(page, Roles.StandingCommittee);
        await page.GotoAsync("/console/inbox");
        await ConsoleSession.InteractiveAsync(page);
        var row = page.Locator($"tr[data-task={PublicationSeed.ApprovalStep}][data-instance='{instanceId}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await row.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync($"**/consultations/{instanceId}/tasks/{PublicationSeed.ApprovalStep}");
        await ConsoleSession.InteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("task-title")).ToHaveTextAsync("Thường trực HĐND phê duyệt công bố kết quả tham vấn");

        var publish = page.Locator("fieldset[data-field='/publish']");
        for (var i = 0; i < Publish.Length; i++)
        {
            await publish.GetByRole(AriaRole.Button, new() { Name = "Thêm mục" }).ClickAsync();
            await page.Locator($"[data-field='/publish/{i}']").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = Publish[i], Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        }

        await page.GetByLabel("Ý kiến *").FillAsync("Đồng ý công bố toàn bộ kết quả tham vấn.");
        await page.Locator($"[data-outcome=approve]").ClickAsync();
        await Screenshots.TakeAsync(page, "console-approve-publication");
        await page.GetByTestId("complete").ClickAsync();
        await page.WaitForURLAsync($"**/console/consultations/{instanceId}");
        await Assertions.Expect(page.Locator($"tr[data-step={PublicationSeed.ApprovalStep}]")).ToHaveAttributeAsync("data-status", "Completed");
    }
}

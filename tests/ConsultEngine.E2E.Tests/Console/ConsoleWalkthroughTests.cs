using System.Text.RegularExpressions;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Console;

/// <summary>
/// The console in a real browser: an administrator publishes version 3 of the standard (export, import
/// as the draft, publish, as the designer does); a Council Office user starts a consultation on it and
/// completes a task from the inbox; a contracted organisation gets 403 on another
/// organisation's tool step. Screenshots under artifacts/screenshots (console-*.png).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed partial class ConsoleWalkthroughTests(BrowserFixture browser)
{
    private const string TaskStep = "collect-issues-activity-plan";

    [Fact]
    public async Task CouncilOffice_StartsAConsultationOnANewlyPublishedVersion_AndCompletesATaskFromTheInbox()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        using var api = await ConsoleSession.ApiAsync(host, Roles.CouncilOffice);

        // The repository publishes versions 1 and 2 of the standard; version 3, published as the designer publishes it, is what the consultation runs.
        using (var administrator = await ConsoleSession.ApiAsync(host, Roles.Administrator))
        {
            Assert.Equal(3, await ConsoleSession.PublishNextVersionAsync(administrator, "hdnd.standard"));
        }

        var newest = await ConsoleSession.NewestPublishedAsync(api, "hdnd.standard");
        Assert.Equal(3, newest);

        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, Roles.CouncilOffice);

        // Start: on the newest published version of the standard.
        await page.GotoAsync("/console/consultations/new");
        await ConsoleSession.InteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bắt đầu một cuộc tham vấn");
        // The standard's version 3 is chosen among the published versions (the province overlays are v1 and v2).
        await page.Locator(".mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasTextRegex = new Regex($"— v{newest}$") }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-select").First).ToContainTextAsync($"— v{newest}");
        await page.GetByLabel("Vấn đề tham vấn").FillAsync("Phí gửi xe tại bệnh viện công");
        await page.GetByLabel("Tóm tắt vấn đề").FillAsync("Ý kiến của người dân về mức phí gửi xe");
        await page.GetByLabel("Tỉnh/thành phố").FillAsync("Lào Cai");
        await page.GetByLabel(YearLabel()).FillAsync("2026");
        await Screenshots.TakeAsync(page, "console-01-start");
        await page.GetByTestId("start").ClickAsync();

        // The consultation's timeline: five phases, the first in progress, its collecting tasks active.
        await page.WaitForURLAsync(InstanceUrl());
        await ConsoleSession.InteractiveAsync(page);
        var instanceUrl = page.Url;
        await Assertions.Expect(page.GetByTestId("instance-title")).ToHaveTextAsync("Phí gửi xe tại bệnh viện công");
        await Assertions.Expect(page.Locator("li[data-phase]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("li[data-phase=prepare]")).ToHaveAttributeAsync("data-standing", "Active");
        await Assertions.Expect(page.Locator($"tr[data-step={TaskStep}]")).ToHaveAttributeAsync("data-status", "Waiting");
        await Screenshots.TakeAsync(page, "console-02-timeline");
        var instanceId = instanceUrl[(instanceUrl.LastIndexOf('/') + 1)..];
        using (var started = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync(new Uri($"api/instances/{instanceId}", UriKind.Relative))))
        {
            Assert.Equal(newest, started.RootElement.GetProperty("instance").GetProperty("definitionVersion").GetInt32());
        }

        // The inbox has the task; its form is generated from the step's form schema.
        await page.GotoAsync("/console/inbox");
        var row = page.Locator($"tr[data-task={TaskStep}][data-instance='{instanceId}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "console-03-inbox");
        await row.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync($"**/tasks/{TaskStep}");
        await ConsoleSession.InteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("task-title")).ToHaveTextAsync("Đề xuất vấn đề từ kế hoạch hoạt động/giám sát hàng năm của HĐND");

        // Completing with an empty required field is refused with the engine's code, at the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm mục" }).ClickAsync();
        await page.GetByLabel("Tên vấn đề *").FillAsync("Phí gửi xe");
        await page.GetByLabel("Mô tả vấn đề *").FillAsync("Mức phí gửi xe tại các bệnh viện công cao");
        await page.GetByTestId("complete").ClickAsync();
        await Assertions.Expect(page.GetByTestId("refusal")).ToHaveAttributeAsync("data-code", "CE8008");
        await Screenshots.TakeAsync(page, "console-04-task-refused");

        // The missing source chosen, the task completes and the timeline shows it done.
        await page.Locator("[data-field='/candidates/0/source']").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Kế hoạch hoạt động của HĐND" }).ClickAsync();
        await Screenshots.TakeAsync(page, "console-05-task-form");
        await page.GetByTestId("complete").ClickAsync();
        await page.WaitForURLAsync(InstanceUrl());
        await Assertions.Expect(page.Locator($"tr[data-step={TaskStep}]")).ToHaveAttributeAsync("data-status", "Completed");
        await Assertions.Expect(page.Locator($"tr[data-step={TaskStep}]")).ToContainTextAsync("test-counciloffice");
        await Assertions.Expect(page.Locator("tr[data-event=step-completed]")).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(page, "console-06-task-done");
    }

    [Fact]
    public async Task ContractedOrganisation_Gets403_OpeningAnotherOrganisationsToolStep()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        using var api = await ConsoleSession.ApiAsync(host, Roles.CouncilOffice);
        var id = await ConsoleSession.StartAsync(api, "Khảo sát giao cho tổ chức khác");
        using (var assign = await api.PutAsync(new Uri($"api/instances/{id}/tool-steps/run-survey/assignment", UriKind.Relative),
                   System.Net.Http.Json.JsonContent.Create(new { organisation = "another-organisation" })))
        {
            Assert.True(assign.IsSuccessStatusCode);
        }

        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, Roles.ContractedOrganisation);
        var response = await page.GotoAsync($"/console/consultations/{id}/tools/run-survey");

        Assert.NotNull(response);
        Assert.Equal(403, response.Status);
        await Assertions.Expect(page.GetByTestId("refusal")).ToHaveAttributeAsync("data-code", "CE9940");
        await Assertions.Expect(page.GetByTestId("tool-title")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "console-07-contractor-403");
    }

    [GeneratedRegex(@"/console/consultations/[0-9a-f-]{36}$")]
    private static partial Regex InstanceUrl();

    [GeneratedRegex("^Năm tham vấn")]
    private static partial Regex YearLabel();
}

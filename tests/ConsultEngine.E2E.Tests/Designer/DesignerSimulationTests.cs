using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Designer;

/// <summary>
/// An administrator opens the standard definition, runs a simulation from the editor and reads its
/// journal; then chooses "more information" at the issue selection and sees the path change; then
/// makes the plan approval send the plan back every time and sees the run stop at its step limit.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class DesignerSimulationTests(BrowserFixture browser)
{
    private const string UserName = "simulation-admin";
    private const string Password = "Simulation-Walk-Passw0rd";

    [Fact]
    public async Task Administrator_SimulatesTheStandard_ReadsTheJournal_AndAChosenOutcomeChangesThePath()
    {
        await using var host = await TestWebHost.StartAsync();
        await host.AddUserAsync(UserName, Roles.Administrator, Password);
        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync("/designer/hdnd.standard/1");
        await Assertions.Expect(page.GetByTestId("node-select-issues")).ToBeVisibleAsync();
        await page.GetByTestId("simulate").ClickAsync();
        await Assertions.Expect(page.GetByTestId("simulation")).ToBeVisibleAsync();

        // The issue to start with: the required variables, in Vietnamese as the product is.
        await page.GetByTestId("sim-title").FillAsync("Tham vấn về thu gom rác thải sinh hoạt");
        await page.GetByTestId("sim-var-province").FillAsync("Nghệ An");
        await page.GetByTestId("sim-var-year").FillAsync("2026");
        await page.GetByTestId("sim-var-issueTitle").FillAsync("Thu gom, xử lý rác thải sinh hoạt ở nông thôn");
        await page.GetByTestId("sim-var-issueTitle").BlurAsync();
        await page.GetByTestId("sim-run").ClickAsync();

        // The default path runs every phase to the end; the journal shows real entries.
        var result = page.GetByTestId("sim-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-completed", "true");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-status", "completed");
        var entries = page.GetByTestId("sim-entry");
        await Assertions.Expect(entries.First).ToHaveAttributeAsync("data-event", "instance-started");
        await Assertions.Expect(entries.Last).ToHaveAttributeAsync("data-event", "instance-completed");
        var selected = page.Locator("[data-testid='sim-entry'][data-event='step-completed'][data-step='select-issues']");
        await Assertions.Expect(selected).ToHaveCountAsync(1);
        await Assertions.Expect(selected).ToHaveAttributeAsync("data-outcome", "selected");
        await Assertions.Expect(selected).ToContainTextAsync("Hoàn thành bước");
        await Assertions.Expect(page.Locator("[data-testid='sim-entry'][data-event='phase-started']")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-testid='sim-step'][data-step='run-survey']")).ToHaveAttributeAsync("data-status", "skipped");
        await Assertions.Expect(page.Locator("[data-testid='sim-step'][data-step='supplement-issue-information']")).ToHaveAttributeAsync("data-status", "pending");
        // The canvas outlines the steps that ran.
        Assert.Equal("solid", await page.GetByTestId("node-select-issues").EvaluateAsync<string>("n => getComputedStyle(n.querySelector('.ce-step') ?? n).outlineStyle"));
        await Screenshots.TakeAsync(page, "designer-simulation-01-default-path");

        // A step in the journal selects that step in the editor.
        await selected.Locator("button.ce-sim-step").ClickAsync();
        await Assertions.Expect(page.GetByTestId("step-panel")).ToHaveAttributeAsync("data-step", "select-issues");

        // A chosen outcome: the Standing Committee asks for more information first; the path goes through the supplement step and back.
        await page.GetByTestId("sim-outcome-select-issues").SelectOptionAsync("more-information");
        await page.GetByTestId("sim-run").ClickAsync();
        var route = page.Locator("[data-testid='sim-entry'][data-event='route-taken'][data-step='select-issues']");
        await Assertions.Expect(route).ToHaveCountAsync(1);
        await Assertions.Expect(route).ToContainTextAsync("supplement-issue-information");
        await Assertions.Expect(page.Locator("[data-testid='sim-step'][data-step='supplement-issue-information']")).ToHaveAttributeAsync("data-status", "completed");
        await Assertions.Expect(page.Locator("[data-testid='sim-entry'][data-event='step-completed'][data-step='select-issues'][data-outcome='selected']")).ToHaveCountAsync(1);
        await Assertions.Expect(result).ToHaveAttributeAsync("data-completed", "true");
        await Screenshots.TakeAsync(page, "designer-simulation-02-more-information");

        // A route back taken every time loops: the run ends at its step limit with CE8601, not a hang.
        await page.GetByTestId("sim-outcome-select-issues").SelectOptionAsync("");
        await page.GetByTestId("sim-outcome-approve-consultation-plan").SelectOptionAsync("revise");
        await page.GetByTestId("sim-repeat-approve-consultation-plan").CheckAsync();
        await page.Locator("summary", new() { HasText = "Giới hạn" }).ClickAsync();
        await page.GetByTestId("sim-max-steps").FillAsync("60");
        await page.GetByTestId("sim-max-steps").BlurAsync();
        await page.GetByTestId("sim-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sim-stop")).ToHaveAttributeAsync("data-code", "CE8601");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-status", "running");
        await Screenshots.TakeAsync(page, "designer-simulation-03-step-limit");
    }

    private static Task SignInAsync(IPage page) => StaffSignIn.AsAsync(page, UserName, Password);
}

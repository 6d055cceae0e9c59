using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Designer;

/// <summary>
/// Version management in the designer: an administrator has the standard (versions 1 and 2 from the
/// repository) and an imported and published version 3 of it, compares version 2 with version 3 and sees
/// the changed step field by field, opens the changed step in the editor, reads what Đà Nẵng's newest
/// overlay changes against the standard (with the province's reasons), discards a draft (and sees the
/// coded refusal when someone saved it meanwhile) and retires version 1.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class DesignerVersionsWalkthroughTests(BrowserFixture browser)
{
    private const string UserName = "versions-admin";
    private const string Password = "Versions-Walk-Passw0rd";
    private const string Standard = "hdnd.standard";
    private const string ChangedStep = "select-issues";
    private const string AddedStep = "publish-issue-list";

    [Fact]
    public async Task Administrator_ComparesVersions_ReadsAnOverlaysChanges_DiscardsADraft_AndRetiresAVersion()
    {
        await using var host = await TestWebHost.StartAsync();
        await host.AddUserAsync(UserName, Roles.Administrator, Password);
        var library = host.Services.GetRequiredService<IDefinitionLibrary>();
        await PublishVersion3Async(library);

        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await SignInAsync(page);

        // The list: definitions with a way to their versions, and the province overlays.
        await page.GotoAsync("/designer");
        await Assertions.Expect(page.GetByTestId("overlay-hdnd.da-nang")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "versions-01-list-with-overlays");
        await page.GetByTestId($"versions-{Standard}").ClickAsync();
        await page.WaitForURLAsync($"**/designer/{Standard}/versions");
        await Assertions.Expect(page.GetByTestId("version-3")).ToHaveAttributeAsync("data-state", "Published");
        await Assertions.Expect(page.GetByTestId("version-2")).ToHaveAttributeAsync("data-state", "Published");
        await Assertions.Expect(page.GetByTestId("version-1")).ToHaveAttributeAsync("data-state", "Published");
        await Assertions.Expect(page.GetByTestId("version-3")).ToContainTextAsync(UserName);
        // When, in Vietnam's time and the reader's way of writing dates (as the console and the portal), not the server's zone.
        var published = (await library.FindAsync(Standard))!.Versions.Single(v => v.Version == 3).PublishedAt!.Value;
        await Assertions.Expect(page.GetByTestId("version-3")).ToContainTextAsync(ConsultEngine.Web.Localization.MomentText.When(published, "vi"));
        await Screenshots.TakeAsync(page, "versions-02-versions");

        // Compare version 2 with version 3: the changed due period, field by field, under its phase; the added step.
        await page.GetByTestId("compare-from").SelectOptionAsync("2");
        await page.GetByTestId("compare-to").SelectOptionAsync("3");
        await page.GetByTestId("compare").ClickAsync();
        await page.WaitForURLAsync($"**/designer/{Standard}/compare/2/3");
        var phase = page.GetByTestId("changes-phase-prepare");
        var changed = phase.Locator($"[data-testid='change'][data-id='{ChangedStep}']");
        await Assertions.Expect(changed.Locator("[data-testid='change-field'][data-field='due']")).ToContainTextAsync("P21D");
        await Assertions.Expect(changed.Locator("[data-testid='change-field'][data-field='due']")).ToContainTextAsync("P10D");
        await Assertions.Expect(phase.Locator($"[data-testid='change'][data-id='{AddedStep}']")).ToHaveAttributeAsync("data-kind", "Added");
        await Screenshots.TakeAsync(page, "versions-03-compare-v2-v3");

        // The changed step opens in the editor of version 3, selected.
        await page.GetByTestId($"open-step-{ChangedStep}").ClickAsync();
        await page.WaitForURLAsync($"**/designer/{Standard}/3?step={ChangedStep}");
        await Assertions.Expect(page.GetByTestId("step-panel")).ToHaveAttributeAsync("data-step", ChangedStep);
        await Screenshots.TakeAsync(page, "versions-04-changed-step-in-editor");

        // From the editor back to the versions, and to what Đà Nẵng's newest overlay (version 2, on the standard's version 2) changed: the rule it added and the step it changed, with the reasons.
        await page.GetByTestId("versions").ClickAsync();
        await page.WaitForURLAsync($"**/designer/{Standard}/versions");
        await page.GetByTestId("overlay-link-hdnd.da-nang").ClickAsync();
        await page.WaitForURLAsync("**/designer/hdnd.da-nang/2/overlay");
        await Assertions.Expect(page.GetByTestId("overlay-heading")).ToContainTextAsync(Standard);
        var rule = page.Locator("[data-testid='change'][data-area='Rule'][data-id='minimumCommentDays']");
        await Assertions.Expect(rule).ToHaveAttributeAsync("data-kind", "Added");
        await Assertions.Expect(rule.GetByTestId("change-patch")).ToContainTextAsync("add-rule");
        var plan = page.Locator("[data-testid='change'][data-area='Step'][data-id='prepare-consultation-plan']");
        await Assertions.Expect(plan.Locator("[data-testid='change-field'][data-field='validate']")).ToBeVisibleAsync();
        await Assertions.Expect(plan.GetByTestId("change-patch").First).ToContainTextAsync("update-step");
        await Screenshots.TakeAsync(page, "versions-05-overlay-changes");

        // A draft of version 4: saved by someone else after the page opened, discarding it is refused with CE8501.
        var draft = await library.CreateDraftAsync(Standard, 3, "someone-else");
        await page.GotoAsync($"/designer/{Standard}/versions");
        await Assertions.Expect(page.GetByTestId("version-0")).ToHaveAttributeAsync("data-state", "Draft");
        var json = await library.GetJsonAsync(Standard, StoredDefinitionVersion.DraftVersion);
        await library.SaveDraftAsync(Standard, draft.Draft.Revision, json, "someone-else");
        await page.GetByTestId("discard").ClickAsync();
        await ConfirmAsync(page, "Hủy bản nháp");
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "CE8501" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("version-0")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "versions-06-discard-refused-CE8501");

        // Discard it now (the page reloaded the draft's revision): the draft is gone.
        await page.GetByTestId("discard").ClickAsync();
        await ConfirmAsync(page, "Hủy bản nháp");
        await Assertions.Expect(page.GetByTestId("version-0")).ToHaveCountAsync(0);
        Assert.Null((await library.FindAsync(Standard))?.Draft);
        await Screenshots.TakeAsync(page, "versions-07-draft-discarded");

        // Retire version 1: confirmed, shown as retired, by whom; it can no longer be retired.
        await page.GetByTestId("retire-1").ClickAsync();
        await ConfirmAsync(page, "Ngừng sử dụng");
        await Assertions.Expect(page.GetByTestId("version-1")).ToHaveAttributeAsync("data-state", "Retired");
        await Assertions.Expect(page.GetByTestId("retire-1")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("version-1")).ToContainTextAsync(UserName);
        var versions = (await library.FindAsync(Standard))!.Versions;
        Assert.Equal(DefinitionVersionState.Retired, versions.Single(v => v.Version == 1).State);
        Assert.Equal(DefinitionVersionState.Published, versions.Single(v => v.Version == 2).State);
        Assert.Equal(DefinitionVersionState.Published, versions.Single(v => v.Version == 3).State);
        await Screenshots.TakeAsync(page, "versions-08-version-1-retired");
    }

    /// <summary>Version 3 of the standard as an author would import it from version 2: one due period longer, one step more in the first phase.</summary>
    private static async Task PublishVersion3Async(IDefinitionLibrary library)
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Definitions, "standard", "hdnd.standard.v2.json")))!.AsObject();
        document["version"] = 3;
        var steps = document["phases"]![0]!["steps"]!.AsArray();
        steps.Single(s => (string?)s!["id"] == ChangedStep)!["due"] = "P21D";
        steps.Add(new JsonObject
        {
            ["id"] = AddedStep,
            ["type"] = "task",
            ["title"] = new JsonObject { ["vi"] = "Công bố danh sách vấn đề", ["en"] = "Publish the list of issues" },
            ["role"] = (string?)steps.Single(s => (string?)s!["id"] == ChangedStep)!["role"],
        });
        var imported = await library.ImportAsync(document.ToJsonString(), UserName);
        Assert.True(imported.IsValid, string.Join(Environment.NewLine, imported.Diagnostics));
        await library.PublishAsync(Standard, imported.Draft.Revision, UserName);
    }

    /// <summary>Answers the confirmation box with its button named <paramref name="yes"/>.</summary>
    private static async Task ConfirmAsync(IPage page, string yes)
    {
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "versions-confirm-" + (yes == "Ngừng sử dụng" ? "retire" : "discard"));
        await dialog.GetByRole(AriaRole.Button, new() { Name = yes }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    private static Task SignInAsync(IPage page) => StaffSignIn.AsAsync(page, UserName, Password);
}

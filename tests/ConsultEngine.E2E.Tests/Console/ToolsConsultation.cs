using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Console;

/// <summary>
/// What the tool walkthroughs share: a small definition (beside this file) whose survey, hearing,
/// focus group and poll steps all open at once, published through the API, and a consultation on it;
/// the tool page's controls.
/// </summary>
internal static class ToolsConsultation
{
    public const string DefinitionId = "console.tools-walkthrough";

    /// <summary>Publishes the definition (import as the draft, publish) and starts a consultation on it as the Council Office.</summary>
    public static async Task<Guid> StartAsync(TestWebHost host, string title)
    {
        using (var administrator = await ConsoleSession.ApiAsync(host, Roles.Administrator))
        {
            var json = await File.ReadAllTextAsync(Path.Combine(SourceFolder(), "Definitions", DefinitionId + ".json"));
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var imported = await administrator.PostAsync(new Uri("api/definitions/import", UriKind.Relative), content);
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
            using var publish = await administrator.PostAsJsonAsync(new Uri($"api/definitions/{DefinitionId}/draft/publish", UriKind.Relative), new { });
            Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
        }

        using var office = await ConsoleSession.ApiAsync(host, Roles.CouncilOffice);
        using var started = await office.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = DefinitionId, title });
        var body = await started.Content.ReadAsStringAsync();
        Assert.True(started.IsSuccessStatusCode, body);
        using var detail = JsonDocument.Parse(body);
        return detail.RootElement.GetProperty("instance").GetProperty("id").GetGuid();
    }

    /// <summary>Opens a tool step's staff page, opens the step for collection and waits until it collects.</summary>
    public static async Task OpenToolAsync(IPage page, Guid id, string stepId)
    {
        await page.GotoAsync($"/console/consultations/{id}/tools/{stepId}");
        await ConsoleSession.InteractiveAsync(page);
        await page.GetByTestId("open-tool").ClickAsync();
        await Assertions.Expect(page.GetByTestId("tool-status")).ToHaveTextAsync("Đang thu thập");
    }

    /// <summary>Chooses an action in the tool's action list (by its Vietnamese title) so that its form shows.</summary>
    public static async Task ChooseActionAsync(IPage page, string title)
    {
        var panel = page.GetByTestId("actions-panel");
        var before = await panel.GetAttributeAsync("data-action") ?? "";
        await page.GetByTestId("action").ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = title }).First.ClickAsync();

        // The form of the action chosen before must not be the one filled.
        await Assertions.Expect(panel).Not.ToHaveAttributeAsync("data-action", before);
        await Assertions.Expect(page.GetByTestId("schema-form")).ToBeVisibleAsync();
    }

    /// <summary>Runs the chosen action and waits until the page has its answer (the panel counts runs), failing on a refusal.</summary>
    public static async Task RunAsync(IPage page)
    {
        var panel = page.GetByTestId("actions-panel");
        var runs = int.Parse(await panel.GetAttributeAsync("data-runs") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByTestId("run-action").ClickAsync();
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-runs", (runs + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (await page.GetByTestId("refusal").CountAsync() > 0)
        {
            Assert.Fail("The action was refused: " + await page.GetByTestId("refusal").InnerTextAsync());
        }
    }

    /// <summary>Picks an option of a MudSelect found by a locator.</summary>
    public static async Task PickAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>A text (or number) field of the generated form, by its JSON Pointer (MudBlazor puts the attribute on the input itself).</summary>
    public static ILocator Field(IPage page, string pointer) => page.Locator($"input[data-field='{pointer}'], textarea[data-field='{pointer}'], [data-field='{pointer}'] input, [data-field='{pointer}'] textarea").First;

    /// <summary>A step of the consultation as the API reports it.</summary>
    public static async Task<JsonElement> StepAsync(HttpClient api, Guid id, string stepId)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri($"api/instances/{id}", UriKind.Relative)));
        return json.RootElement.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("steps").EnumerateArray())
            .Single(s => s.GetProperty("id").GetString() == stepId).Clone();
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

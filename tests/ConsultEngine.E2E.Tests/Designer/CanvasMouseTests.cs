using System.Text.Json.Nodes;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Designer;

/// <summary>
/// The canvas by mouse, with real pointer gestures (press, move in steps, release): dragging a step
/// moves it, dragging from a step's output port to another step's input port connects them, and the
/// remove button takes a step away with undo and redo. Each change is checked where it lasts: in the
/// draft as stored (read back through the API, <c>versions/0</c>) and on the canvas after a reload.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CanvasMouseTests(BrowserFixture browser)
{
    private const string UserName = "canvas-admin";
    private const string Password = "Canvas-Mouse-Passw0rd";
    private const string DraftPath = "/designer/hdnd.standard/3";

    [Fact]
    public async Task DraggingAStepAboveItsNeighbour_MovesIt_AndTheStoredDraftAndTheReloadedCanvasKeepTheNewPlace()
    {
        await using var session = await OpenDraftAsync();
        var page = session.Page;
        var moved = page.GetByTestId("node-collect-issues-voters-media");
        var first = page.GetByTestId("node-collect-issues-activity-plan");
        var before = await BoxAsync(moved);
        var above = await BoxAsync(first);
        Assert.True(before.Y > above.Y, "the voters-media step starts below the activity-plan step");

        // Press on the title (not a port), move up past the first step in small steps, release.
        await DragAsync(page, before.X + (before.Width / 2), before.Y + (before.Height / 2), before.X + (before.Width / 2), above.Y - (above.Height / 4));
        await Screenshots.TakeAsync(page, "canvas-01-step-dragged");

        await session.WaitForDraftAsync(draft => PhaseStepIds(draft, "prepare").Take(2).SequenceEqual(["collect-issues-voters-media", "collect-issues-activity-plan"]),
            "the stored draft lists collect-issues-voters-media first in its phase");

        await page.ReloadAsync();
        await Assertions.Expect(moved).ToBeVisibleAsync();
        var after = await BoxAsync(moved);
        var firstAfter = await BoxAsync(first);
        Assert.True(after.Y < firstAfter.Y, $"after a reload the moved step is drawn above its neighbour ({after.Y} < {firstAfter.Y})");
        Assert.True(after.Y < before.Y, $"after a reload the moved step is drawn higher than before ({after.Y} < {before.Y})");
        await Screenshots.TakeAsync(page, "canvas-02-move-reloaded");
    }

    [Fact]
    public async Task DroppingAStepWhereItChangesNothing_PutsItBackInItsPlace()
    {
        await using var session = await OpenDraftAsync();
        var page = session.Page;
        var node = page.GetByTestId("node-collect-issues-voters-media");
        var before = await BoxAsync(node);
        var stored = (await session.DraftAsync()).ToJsonString();

        // A small nudge inside its own lane, in its own column and row: the order of the phase stays.
        await DragAsync(page, before.X + (before.Width / 2), before.Y + (before.Height / 2), before.X + (before.Width / 2) + 12, before.Y + (before.Height / 2) + 4);
        await Assertions.Expect(node).ToHaveAttributeAsync("data-step", "collect-issues-voters-media");
        await page.WaitForFunctionAsync(
            "([id, x, y]) => { const r = document.querySelector(`[data-testid='node-${id}']`).getBoundingClientRect(); return Math.abs(r.x - x) < 1 && Math.abs(r.y - y) < 1; }",
            new object[] { "collect-issues-voters-media", (double)before.X, (double)before.Y });
        await Screenshots.TakeAsync(page, "canvas-07-nudge-put-back");
        Assert.Equal(PhaseStepIds(JsonNode.Parse(stored)!, "prepare"), PhaseStepIds(await session.DraftAsync(), "prepare"));
    }

    [Fact]
    public async Task DraggingFromAnOutputPortToAnotherStep_ConnectsThem_AndTheDependencyIsStored()
    {
        await using var session = await OpenDraftAsync();
        var page = session.Page;
        const string From = "collect-issues-activity-plan";
        const string To = "brief-on-issues";
        var draft = await session.DraftAsync();
        Assert.DoesNotContain(From, After(draft, To));

        var output = page.GetByTestId("node-" + From).Locator(".ce-port-out");
        var input = page.GetByTestId("node-" + To).Locator(".ce-port-in");
        var start = await BoxAsync(output);
        var end = await BoxAsync(input);
        await DragAsync(page, start.X + (start.Width / 2), start.Y + (start.Height / 2), end.X + (end.Width / 2), end.Y + (end.Height / 2));
        await Screenshots.TakeAsync(page, "canvas-03-connected");

        await session.WaitForDraftAsync(d => After(d, To).Contains(From), $"the stored draft's '{To}' waits for '{From}'");
        // The step it followed implicitly is kept, so the edges already drawn stay.
        Assert.Contains("select-issues", After(await session.DraftAsync(), To));
    }

    [Fact]
    public async Task RemovingASelectedStep_TakesItAway_UndoBringsItBack_RedoTakesItAgain_AndTheDraftIsStoredWithoutIt()
    {
        await using var session = await OpenDraftAsync();
        var page = session.Page;
        const string Removed = "meet-executive";
        var node = page.GetByTestId("node-" + Removed);
        var box = await BoxAsync(node);
        await ClickAsync(page, box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await Assertions.Expect(page.GetByTestId("step-panel")).ToHaveAttributeAsync("data-step", Removed);

        await page.GetByTestId("remove-step").ClickAsync();
        await Assertions.Expect(node).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "canvas-04-removed");

        // Undo by keyboard, redo by the toolbar.
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(node).ToBeVisibleAsync();
        await session.WaitForDraftAsync(d => PhaseStepIds(d, "prepare").Contains(Removed), "after the undo the stored draft has the step again");
        await Screenshots.TakeAsync(page, "canvas-05-undone");

        await page.GetByTestId("redo").ClickAsync();
        await Assertions.Expect(node).ToHaveCountAsync(0);
        await session.WaitForDraftAsync(d => !PhaseStepIds(d, "prepare").Contains(Removed), "after the redo the stored draft has no such step");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("node-collect-issues-activity-plan")).ToBeVisibleAsync();
        await Assertions.Expect(node).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "canvas-06-redone-reloaded");
    }

    private async Task<CanvasSession> OpenDraftAsync()
    {
        var host = await TestWebHost.StartAsync();
        try
        {
            await host.AddUserAsync(UserName, Roles.Administrator, Password);
            var context = await browser.NewContextAsync(host.Address);
            var page = await context.NewPageAsync();
            await StaffSignIn.AsAsync(page, UserName, Password);

            // A published version is read only: editing makes the draft (version 3, after the repository's 1 and 2) and opens it afresh.
            await page.GotoAsync("/designer/hdnd.standard/1");
            await page.GetByTestId("edit-draft").ClickAsync();
            await page.WaitForURLAsync("**" + DraftPath);
            await Assertions.Expect(page.GetByTestId("version-state")).ToHaveTextAsync("Bản nháp");
            await Assertions.Expect(page.GetByTestId("node-collect-issues-activity-plan")).ToBeVisibleAsync();
            var api = host.CreateClient();
            api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await ApiSignIn.TokenAsync(host, UserName, Password));
            return new CanvasSession(host, context, page, api);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>A press, a move in small steps (so the canvas sees a drag, not a jump) and a release.</summary>
    private static async Task DragAsync(IPage page, float fromX, float fromY, float toX, float toY)
    {
        await page.Mouse.MoveAsync(fromX, fromY);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(fromX + 3, fromY + 3, new MouseMoveOptions { Steps = 2 });
        await page.Mouse.MoveAsync(toX, toY, new MouseMoveOptions { Steps = 15 });
        await page.Mouse.UpAsync();
    }

    private static async Task ClickAsync(IPage page, float x, float y)
    {
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator)
    {
        await Assertions.Expect(locator).ToBeVisibleAsync();
        return await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element has no box.");
    }

    private static IEnumerable<string> PhaseStepIds(JsonNode draft, string phaseId) =>
        draft["phases"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == phaseId)!["steps"]!.AsArray().Select(s => s!["id"]!.GetValue<string>());

    private static List<string> After(JsonNode draft, string stepId) =>
        draft["phases"]!.AsArray().SelectMany(p => p!["steps"]!.AsArray()).Single(s => s!["id"]!.GetValue<string>() == stepId)!["after"]?.AsArray().Select(a => a!.GetValue<string>()).ToList() ?? [];

    /// <summary>The signed-in page on the draft, the host, and an API client of the same administrator.</summary>
    private sealed class CanvasSession(TestWebHost host, IBrowserContext context, IPage page, HttpClient api) : IAsyncDisposable
    {
        public IPage Page { get; } = page;

        /// <summary>The draft as stored (version 0 of the API is the draft).</summary>
        public async Task<JsonNode> DraftAsync()
        {
            using var response = await api.GetAsync(new Uri("api/definitions/hdnd.standard/versions/0", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }

        /// <summary>Waits for the autosave (or fails with <paramref name="what"/> after 30 s).</summary>
        public async Task WaitForDraftAsync(Func<JsonNode, bool> condition, string what)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                if (condition(await DraftAsync()))
                {
                    return;
                }

                Assert.True(DateTime.UtcNow < deadline, "Not stored within 30 s: " + what);
                await Task.Delay(250);
            }
        }

        public async ValueTask DisposeAsync()
        {
            api.Dispose();
            await context.DisposeAsync();
            await host.DisposeAsync();
        }
    }
}

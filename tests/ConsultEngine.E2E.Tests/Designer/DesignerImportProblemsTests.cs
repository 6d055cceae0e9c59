using System.Text;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Designer;

/// <summary>
/// An administrator imports a definition file whose JSON is broken (a trailing comma on line 3): the list
/// shows the refusal's coded problems with where they are, not a bare list of codes.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class DesignerImportProblemsTests(BrowserFixture browser)
{
    private const string UserName = "import-problems-admin";
    private const string Password = "Import-Problems-Passw0rd";

    [Fact]
    public async Task ImportingBrokenJson_ListsTheCodedProblemWithItsLineAndColumn()
    {
        await using var host = await TestWebHost.StartAsync();
        await host.AddUserAsync(UserName, Roles.Administrator, Password);
        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await StaffSignIn.AsAsync(page, UserName, Password);
        await page.GotoAsync("/designer");

        var broken = "{\n  \"schemaVersion\": 1,\n  \"id\": \"hdnd.broken\",,\n  \"version\": 1\n}\n";
        var problems = page.GetByTestId("import-problems");
        for (var attempt = 1; ; attempt++)
        {
            // A file chosen before the circuit has wired the input's change listener is not read (a person
            // cannot choose that fast): it is chosen again.
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "broken.json",
                MimeType = "application/json",
                Buffer = Encoding.UTF8.GetBytes(broken),
            });
            try
            {
                await Assertions.Expect(problems).ToBeVisibleAsync(new() { Timeout = attempt < 3 ? 20_000 : 60_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }

        var parse = problems.Locator("li[data-code='CE0002']");
        await Assertions.Expect(parse).ToHaveCountAsync(1);
        await Assertions.Expect(parse).ToHaveAttributeAsync("data-line", "3");
        // The problem's text is shown beside its code, not the code alone.
        Assert.False(string.IsNullOrWhiteSpace(await parse.Locator(".ce-diagnostic-message").InnerTextAsync()));
        await Screenshots.TakeAsync(page, "designer-import-broken-json");
    }
}

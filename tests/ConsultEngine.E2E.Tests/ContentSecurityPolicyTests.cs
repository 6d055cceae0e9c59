using System.Collections.Concurrent;
using ConsultEngine.E2E.Tests.Console;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests;

/// <summary>
/// The Content-Security-Policy blocks nothing the product itself needs: the portal's home, a consultation,
/// a tool step, the sign-in page, then the console and the designer signed in (interactive, with Blazor's
/// circuit, MudBlazor and Monaco running), each open in chromium while every <c>securitypolicyviolation</c>
/// event (listened for by an init script, which the browser runs outside the page's policy) and every
/// console message about the policy is recorded. None may occur.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    private const string Listener = """
        document.addEventListener('securitypolicyviolation', e =>
            window.ceCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || location.pathname}:${e.lineNumber}`));
        """;

    [Fact]
    public async Task PortalSignInConsoleAndDesigner_RaiseNoContentSecurityPolicyViolation()
    {
        await using var host = await TestWebHost.StartAsync();
        var instance = await PortalSeed.OpenConsultationAsync(host.Services);
        await TestUsers.SeedAsync(host);
        await using var context = await browser.NewContextAsync(host.Address);
        var (page, violations) = await WatchAsync(context);

        foreach (var path in new[] { "/", $"/consultations/{instance}", $"/consultations/{instance}/steps/{PortalSeed.SurveyStep}", "/account/login" })
        {
            await OpenAsync(page, path, interactive: false);
        }

        await ConsoleSession.SignInAsync(page, Roles.Administrator);
        foreach (var path in new[] { "/console", $"/console/consultations/{instance}", "/designer", "/designer/hdnd.standard/1" })
        {
            // The console's navigation marks the first interactive render; the designer's pages have their own layout.
            await OpenAsync(page, path, interactive: path.StartsWith("/console", StringComparison.Ordinal));
        }

        Assert.True(violations.IsEmpty, "Content-Security-Policy violations:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    /// <summary>
    /// The control: the listener does catch what the policy blocks. A script element without the
    /// page's nonce, added to a portal page, is refused by the browser and recorded.
    /// </summary>
    [Fact]
    public async Task AnInlineScriptWithoutTheNonce_IsBlocked_AndRecordedByTheListener()
    {
        await using var host = await TestWebHost.StartAsync();
        await using var context = await browser.NewContextAsync(host.Address);
        var (page, violations) = await WatchAsync(context);
        await OpenAsync(page, "/", interactive: false);

        await page.EvaluateAsync("""
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.ceInlineRan = true;';
                document.body.appendChild(script);
            }
            """);
        await page.WaitForTimeoutAsync(500);

        Assert.False(await page.EvaluateAsync<bool>("() => window.ceInlineRan === true"), "the inline script ran: the policy did not block it");
        Assert.Contains(violations, v => v.Contains("script-src", StringComparison.Ordinal));
    }

    /// <summary>A page of <paramref name="context"/> whose policy violations (events and console messages) are recorded.</summary>
    private static async Task<(IPage Page, ConcurrentQueue<string> Violations)> WatchAsync(IBrowserContext context)
    {
        var violations = new ConcurrentQueue<string>();
        await context.ExposeFunctionAsync("ceCspViolation", (string text) => violations.Enqueue(text));
        await context.AddInitScriptAsync(Listener);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"console on {page.Url}: {message.Text}");
            }
        };

        return (page, violations);
    }

    private static async Task OpenAsync(IPage page, string path, bool interactive)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
        if (interactive)
        {
            await ConsoleSession.InteractiveAsync(page);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (!interactive)
        {
            // Scripts that start after the load (Blazor's circuit, Monaco's workers) get a moment to run into the policy.
            await page.WaitForTimeoutAsync(1_500);
        }
    }
}

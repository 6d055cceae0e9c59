using System.Net;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests;

/// <summary>The API answers 401 and 403 as problem details, never with a redirect; pages redirect.</summary>
[Collection(WebHostGroup.Name)]
public sealed class AccessProblemTests(WebHostFixture fixture)
{
    [Fact]
    public async Task Api_WithoutSignIn_Is401ProblemDetails_NotARedirect()
    {
        using var client = await fixture.ClientAsync(null);
        using var response = await client.GetAsync(new Uri("api/users", UriKind.Relative));
        Assert.Null(response.Headers.Location);
        await ProblemJson.AssertAsync(response, HttpStatusCode.Unauthorized, "CE9901");
    }

    [Fact]
    public async Task Api_WithAWrongRole_Is403ProblemDetails()
    {
        using var client = await fixture.ClientAsync(Roles.Executive);
        using var response = await client.GetAsync(new Uri("api/users", UriKind.Relative));
        Assert.Null(response.Headers.Location);
        await ProblemJson.AssertAsync(response, HttpStatusCode.Forbidden, "CE9902");
    }

    [Fact]
    public async Task Api_WithACookieAndAWrongRole_Is403ProblemDetails_NotTheAccessDeniedPage()
    {
        using var browser = await SignedInBrowserAsync(Roles.Executive);
        using var response = await browser.GetAsync("/api/users");
        await ProblemJson.AssertAsync(response, HttpStatusCode.Forbidden, "CE9902");
    }

    [Fact]
    public async Task Api_UnknownRoute_Is404ProblemDetails()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        using var response = await client.GetAsync(new Uri("api/no-such-thing", UriKind.Relative));
        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE9906");
    }

    [Fact]
    public async Task StaffPage_WithoutSignIn_RedirectsToTheSignInPage()
    {
        using var browser = new BrowserLikeClient(fixture.Host);
        using var response = await browser.GetAsync("/designer");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Designer_ForAContractedOrganisation_RedirectsToAccessDenied_ButTheConsoleOpens()
    {
        using var browser = await SignedInBrowserAsync(Roles.ContractedOrganisation);
        using var designer = await browser.GetAsync("/designer");
        Assert.Equal(HttpStatusCode.Redirect, designer.StatusCode);
        Assert.Contains("/account/access-denied", designer.Headers.Location?.ToString(), StringComparison.Ordinal);
        var console = await browser.GetPageAsync("/console");
        Assert.DoesNotContain("href=\"/designer\"", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffNavigation_ShowsTheDesignerOnlyToRolesThatMayReadDefinitions()
    {
        using var browser = await SignedInBrowserAsync(Roles.Administrator);
        var console = await browser.GetPageAsync("/console");
        Assert.Contains("href=\"/designer\"", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Is404_WithTheLocalisedErrorPage()
    {
        using var browser = new BrowserLikeClient(fixture.Host);
        using var response = await browser.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Không tìm thấy trang</h1>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private async Task<BrowserLikeClient> SignedInBrowserAsync(string role)
    {
        var browser = new BrowserLikeClient(fixture.Host);
        using var signIn = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = TestUsers.UserName(role),
            ["Input.Password"] = TestUsers.Password(role),
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }
}

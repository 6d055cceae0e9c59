using System.Net;
using System.Net.Http.Json;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests;

[Collection(WebHostGroup.Name)]
public sealed class SignInTests(WebHostFixture fixture)
{
    [Fact]
    public async Task SignInForm_WithTheRightPassword_ReachesTheConsole_AndSignOutEndsIt()
    {
        // A user of its own: signing out revokes every sign-in of the user, the fixture's cached tokens included.
        const string userName = "sign-out-test";
        const string password = "Sign-Out-Test-Passw0rd";
        await fixture.Host.AddUserAsync(userName, Roles.CouncilOffice, password);
        using var browser = new BrowserLikeClient(fixture.Host);
        using (var signIn = await browser.SubmitFormAsync("/account/login?ReturnUrl=%2Fconsole", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(new Uri(fixture.Host.Address, "/console"), new Uri(fixture.Host.Address, signIn.Headers.Location!));
        }

        var console = await browser.GetPageAsync("/console");
        Assert.Contains(userName, console, StringComparison.Ordinal);

        // The sign-out form of the staff layout, with its antiforgery token.
        var fields = BrowserLikeClient.HiddenFields(console);
        Assert.Contains("__RequestVerificationToken", fields.Keys);
        using (var form = new FormUrlEncodedContent(fields))
        using (var signOut = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = browser.Cookies }) { BaseAddress = fixture.Host.Address }
                   .PostAsync(new Uri("account/logout", UriKind.Relative), form))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        using var after = await browser.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/login", new Uri(fixture.Host.Address, after.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task SignInForm_WithAWrongPassword_StaysOnTheFormWithAnError()
    {
        using var browser = new BrowserLikeClient(fixture.Host);
        using var response = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = TestUsers.UserName(Roles.Executive),
            ["Input.Password"] = "not-the-password",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"login-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var console = await browser.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
    }

    [Fact]
    public async Task SignInForm_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var client = fixture.Host.CreateClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = TestUsers.UserName(Roles.Executive),
            ["Input.Password"] = TestUsers.Password(Roles.Executive),
        });
        using var response = await client.PostAsync(new Uri("account/login", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ApiLogin_WithAWrongPassword_Is401ProblemDetails()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync("api/auth/login", new { userName = TestUsers.UserName(Roles.Executive), password = "wrong" });
        await ProblemJson.AssertAsync(response, HttpStatusCode.Unauthorized, "CE9904");
    }

    [Fact]
    public async Task ApiLogin_WithCookies_SignsTheBrowserIn()
    {
        using var browser = new BrowserLikeClient(fixture.Host);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = browser.Cookies }) { BaseAddress = fixture.Host.Address };
        using (var login = await client.PostAsJsonAsync("api/auth/login?useCookies=true", new { userName = TestUsers.UserName(Roles.WorkingGroup), password = TestUsers.Password(Roles.WorkingGroup) }))
        {
            Assert.True(login.IsSuccessStatusCode, $"{(int)login.StatusCode}");
        }

        var me = await client.GetFromJsonAsync<Me>("api/auth/me");
        Assert.Equal(TestUsers.UserName(Roles.WorkingGroup), me!.UserName);
        Assert.Equal([Roles.WorkingGroup], me.Roles);
    }

    private sealed record Me(string UserName, string[] Roles, bool MustChangePassword);
}

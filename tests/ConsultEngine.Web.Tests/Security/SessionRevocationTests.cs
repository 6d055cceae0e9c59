using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Security;

/// <summary>
/// Hostile: a bearer token or a cookie stops authenticating once its user's security stamp changes — a
/// password change, a sign-out, the account disabled, a role removed. The host re-checks on every request
/// here (<see cref="SessionRevocation.RecheckSetting"/> = 0; one minute by default).
/// </summary>
public sealed class SessionRevocationTests : IAsyncLifetime
{
    private const string Password = "Revocation-Test-Passw0rd";
    private TestWebHost? _host;

    private TestWebHost Host => _host!;

    public async Task InitializeAsync()
    {
        _host = await TestWebHost.StartAsync(settings: new Dictionary<string, string> { [SessionRevocation.RecheckSetting] = "00:00:00" });
        await TestUsers.SeedAsync(_host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task ATokenIssuedBeforeAPasswordChange_IsRefused()
    {
        await Host.AddUserAsync("changer", Roles.CouncilOffice, Password);
        var token = await ApiSignIn.TokenAsync(Host, "changer", Password);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(token));

        using (var client = Bearer(token))
        using (var changed = await client.PostAsJsonAsync("api/auth/change-password", new { currentPassword = Password, newPassword = "Revocation-Test-Passw0rd-2" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(token));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(await ApiSignIn.TokenAsync(Host, "changer", "Revocation-Test-Passw0rd-2")));
    }

    [Fact]
    public async Task Logout_RevokesTheTokenItWasCalledWith_AndEveryOtherSignInOfTheUser()
    {
        await Host.AddUserAsync("leaver", Roles.WorkingGroup, Password);
        var token = await ApiSignIn.TokenAsync(Host, "leaver", Password);
        var otherDevice = await ApiSignIn.TokenAsync(Host, "leaver", Password);
        var cookie = await CookieSignInAsync("leaver");

        using (var client = Bearer(token))
        using (var logout = await client.PostAsync(new Uri("api/auth/logout", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(token));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(otherDevice));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeWithCookieAsync(cookie));
    }

    [Fact]
    public async Task ADisabledUser_LosesItsTokenAndCookie_AndCannotSignIn_UntilEnabled()
    {
        await Host.AddUserAsync("disabled", Roles.Executive, Password);
        var token = await ApiSignIn.TokenAsync(Host, "disabled", Password);
        var cookie = await CookieSignInAsync("disabled");
        using var admin = await ApiSignIn.AsRoleAsync(Host, Roles.Administrator);

        using (var disable = await admin.PostAsync(new Uri("api/users/disabled/disable", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, disable.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(token));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeWithCookieAsync(cookie));
        using (var client = Host.CreateClient())
        using (var signIn = await client.PostAsJsonAsync("api/auth/login", new { userName = "disabled", password = Password }))
        {
            await ProblemJson.AssertAsync(signIn, HttpStatusCode.Unauthorized, "CE9904");
        }

        var users = await admin.GetFromJsonAsync<JsonElement>("api/users");
        Assert.True(users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "disabled").GetProperty("disabled").GetBoolean());

        using (var enable = await admin.PostAsync(new Uri("api/users/disabled/enable", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, enable.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, await MeAsync(await ApiSignIn.TokenAsync(Host, "disabled", Password)));
    }

    [Fact]
    public async Task RemovingARole_EndsTheTokensThatCarriedIt()
    {
        await Host.AddUserAsync("demoted", Roles.Executive, Password);
        var token = await ApiSignIn.TokenAsync(Host, "demoted", Password);
        using (var reader = Bearer(token))
        using (var before = await reader.GetAsync(new Uri("api/instances", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var admin = await ApiSignIn.AsRoleAsync(Host, Roles.Administrator);
        using (var removed = await admin.DeleteAsync(new Uri("api/users/demoted/roles/Executive", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        using (var reader = Bearer(token))
        using (var after = await reader.GetAsync(new Uri("api/instances", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }

        using var fresh = Bearer(await ApiSignIn.TokenAsync(Host, "demoted", Password));
        using var refused = await fresh.GetAsync(new Uri("api/instances", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AccountControl_RefusesUnknownUsersAndRoles_AndAnAdministratorLockingThemselfOut()
    {
        using var admin = await ApiSignIn.AsRoleAsync(Host, Roles.Administrator);
        var self = TestUsers.UserName(Roles.Administrator);

        using (var unknown = await admin.PostAsync(new Uri("api/users/nobody/disable", UriKind.Relative), null))
        {
            await ProblemJson.AssertAsync(unknown, HttpStatusCode.NotFound, "CE9992");
        }

        using (var role = await admin.DeleteAsync(new Uri($"api/users/{TestUsers.UserName(Roles.Executive)}/roles/Administrator", UriKind.Relative)))
        {
            await ProblemJson.AssertAsync(role, HttpStatusCode.UnprocessableEntity, "CE9993");
        }

        using (var disableSelf = await admin.PostAsync(new Uri($"api/users/{self}/disable", UriKind.Relative), null))
        {
            await ProblemJson.AssertAsync(disableSelf, HttpStatusCode.Conflict, "CE9994");
        }

        using var demoteSelf = await admin.DeleteAsync(new Uri($"api/users/{self}/roles/Administrator", UriKind.Relative));
        await ProblemJson.AssertAsync(demoteSelf, HttpStatusCode.Conflict, "CE9994");
    }

    [Fact]
    public async Task SignInFailures_AnswerAlike_WhetherTheUserIsUnknown_ThePasswordWrong_OrTheAccountLockedOut()
    {
        await Host.AddUserAsync("locked", Roles.Executive, Password);
        using var client = Host.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await client.PostAsJsonAsync("api/auth/login", new { userName = "locked", password = "wrong-" + i });
        }

        var unknown = await FailureAsync(client, "no-such-user", Password);
        var wrongPassword = await FailureAsync(client, TestUsers.UserName(Roles.Executive), "wrong");
        var lockedOut = await FailureAsync(client, "locked", Password);

        Assert.Equal(unknown, wrongPassword);
        Assert.Equal(unknown, lockedOut);
    }

    [Fact]
    public async Task TheSignInPage_SaysTheSameForAnUnknownUserAndALockedOutOne()
    {
        await Host.AddUserAsync("locked-page", Roles.Executive, Password);
        using var client = Host.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await client.PostAsJsonAsync("api/auth/login", new { userName = "locked-page", password = "wrong-" + i });
        }

        Assert.Equal(await PageErrorAsync("nobody-at-all", Password), await PageErrorAsync("locked-page", Password));
    }

    [Fact]
    public async Task UsersCommand_DisablesEnablesAndRemovesARole()
    {
        await Host.AddUserAsync("shell", Roles.WorkingGroup, Password);
        var token = await ApiSignIn.TokenAsync(Host, "shell", Password);
        string[] database = [$"--ConsultEngine:DatabasePath={Path.Combine(Host.Folder.Path, "consult.db")}", $"--ConsultEngine:DefinitionsPath={RepositoryPaths.Definitions}", $"--contentRoot={Host.Folder.Path}"];

        Assert.Equal(0, await RunAsync(["users", "disable", "shell", .. database]));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(token));
        Assert.Equal(0, await RunAsync(["users", "enable", "shell", .. database]));
        Assert.Equal(0, await RunAsync(["users", "remove-role", "shell", "--role", Roles.WorkingGroup, .. database]));
        Assert.Equal(1, await RunAsync(["users", "remove-role", "shell", "--role", Roles.WorkingGroup, .. database]));
        Assert.Equal(1, await RunAsync(["users", "disable", "nobody", .. database]));
    }

    private static async Task<int> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return await UsersCommand.RunAsync(args, output, error);
    }

    private async Task<string> PageErrorAsync(string userName, string password)
    {
        using var browser = new BrowserLikeClient(Host);
        using var response = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("id=\"login-error\"", StringComparison.Ordinal);
        Assert.True(start >= 0, html);
        return html[start..html.IndexOf('<', start)];
    }

    private static async Task<string> FailureAsync(HttpClient client, string userName, string password)
    {
        using var response = await client.PostAsJsonAsync("api/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        // Everything but the trace id, which differs per request.
        return string.Join("|", json.RootElement.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value.GetRawText()}"));
    }

    private async Task<HttpStatusCode> MeAsync(string token)
    {
        using var client = Bearer(token);
        using var response = await client.GetAsync(new Uri("api/auth/me", UriKind.Relative));
        return response.StatusCode;
    }

    private async Task<string> CookieSignInAsync(string userName)
    {
        using var client = Host.CreateClient();
        using var login = await client.PostAsJsonAsync("api/auth/login?useCookies=true", new { userName, password = Password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        return string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private async Task<HttpStatusCode> MeWithCookieAsync(string cookie)
    {
        using var client = Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/auth/me", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private HttpClient Bearer(string token)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.TwoFactor;

/// <summary>
/// Two-factor sign-in through the API: a bearer token for an administrator needs the authenticator's code,
/// wrong codes count towards the lockout, and an administrator resets another user's two-factor (API and shell).
/// </summary>
public sealed class TwoFactorApiTests(TwoFactorHostFixture fixture) : IClassFixture<TwoFactorHostFixture>
{
    private const string Password = TwoFactorHostFixture.Password;

    private TestWebHost Host => fixture.Host;

    [Fact]
    public async Task ABearerTokenForAnAdministrator_NeedsTheCode()
    {
        await Host.AddUserAsync("api-admin", Roles.Administrator, Password);
        var key = TestUsers.AuthenticatorKey("api-admin");

        using (var none = await LoginAsync(new { userName = "api-admin", password = Password }))
        {
            await ProblemJson.AssertAsync(none, HttpStatusCode.Unauthorized, TwoFactorCodes.CodeRequired);
        }

        using (var wrong = await LoginAsync(new { userName = "api-admin", password = Password, code = TestTotp.WrongCode(key) }))
        {
            await ProblemJson.AssertAsync(wrong, HttpStatusCode.Unauthorized, WebErrorCodes.SignInFailed);
        }

        // A wrong password with a right code fails as any other wrong password.
        using (var wrongPassword = await LoginAsync(new { userName = "api-admin", password = "Not-The-Passw0rd", code = TestTotp.Code(key) }))
        {
            await ProblemJson.AssertAsync(wrongPassword, HttpStatusCode.Unauthorized, WebErrorCodes.SignInFailed);
        }

        using var right = await LoginAsync(new { userName = "api-admin", password = Password, code = TestTotp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        using var json = JsonDocument.Parse(await right.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task NoBearerToken_ForAnAdministratorWhoHasNotEnrolled_ButOtherRolesNeedNoCode()
    {
        await Host.AddUserAsync("api-unenrolled", Roles.StandingCommittee, Password, enrolTwoFactor: false);
        using (var refused = await LoginAsync(new { userName = "api-unenrolled", password = Password }))
        {
            await ProblemJson.AssertAsync(refused, HttpStatusCode.Forbidden, TwoFactorCodes.EnrolmentRequired);
        }

        // Only the right password learns that.
        using (var wrong = await LoginAsync(new { userName = "api-unenrolled", password = "Not-The-Passw0rd" }))
        {
            await ProblemJson.AssertAsync(wrong, HttpStatusCode.Unauthorized, WebErrorCodes.SignInFailed);
        }

        await Host.AddUserAsync("api-group", Roles.WorkingGroup, Password);
        using var group = await LoginAsync(new { userName = "api-group", password = Password });
        Assert.Equal(HttpStatusCode.OK, group.StatusCode);
    }

    [Fact]
    public async Task ARecoveryCode_GivesOneBearerToken()
    {
        await Host.AddUserAsync("api-recovery", Roles.Administrator, Password);
        var recovery = (await fixture.RecoveryCodesAsync("api-recovery"))[3];

        using (var first = await LoginAsync(new { userName = "api-recovery", password = Password, recoveryCode = recovery }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await LoginAsync(new { userName = "api-recovery", password = Password, recoveryCode = recovery });
        await ProblemJson.AssertAsync(second, HttpStatusCode.Unauthorized, WebErrorCodes.SignInFailed);
    }

    [Fact]
    public async Task WrongCodes_CountTowardsTheLockout()
    {
        await Host.AddUserAsync("api-guesser", Roles.Administrator, Password);
        var key = TestUsers.AuthenticatorKey("api-guesser");
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await LoginAsync(new { userName = "api-guesser", password = Password, code = TestTotp.WrongCode(key) });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await LoginAsync(new { userName = "api-guesser", password = Password, code = TestTotp.Code(key) });
        await ProblemJson.AssertAsync(locked, HttpStatusCode.Unauthorized, WebErrorCodes.SignInFailed);
    }

    [Fact]
    public async Task AnAdministrator_ResetsAnotherUsersTwoFactor_WhoMustEnrolAgain()
    {
        await Host.AddUserAsync("lost-phone", Roles.StandingCommittee, Password);
        var token = await ApiSignIn.TokenAsync(Host, "lost-phone", Password);
        using var admin = await ApiSignIn.AsRoleAsync(Host, Roles.Administrator);
        Assert.True(await TwoFactorListedAsync(admin, "lost-phone"));

        using (var reset = await admin.PostAsync(new Uri("api/users/lost-phone/reset-2fa", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        Assert.False(await TwoFactorListedAsync(admin, "lost-phone"));
        Assert.False(await fixture.TwoFactorOnAsync("lost-phone"));
        // The user's sign-ins end, and the old authenticator's code gets no new token: enrolment first.
        using (var old = Host.CreateClient())
        {
            old.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var me = await old.GetAsync(new Uri("api/auth/me", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        }

        using (var again = await LoginAsync(new { userName = "lost-phone", password = Password, code = TestUsers.CurrentCode("lost-phone") }))
        {
            await ProblemJson.AssertAsync(again, HttpStatusCode.Forbidden, TwoFactorCodes.EnrolmentRequired);
        }

        using (var nobody = await admin.PostAsync(new Uri("api/users/nobody/reset-2fa", UriKind.Relative), null))
        {
            await ProblemJson.AssertAsync(nobody, HttpStatusCode.NotFound, AccessCodes.UserNotFound);
        }

        using var office = await ApiSignIn.AsRoleAsync(Host, Roles.CouncilOffice);
        using var refused = await office.PostAsync(new Uri("api/users/lost-phone/reset-2fa", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task TheUsersCommand_ResetsTwoFactor()
    {
        await Host.AddUserAsync("shell-reset", Roles.Administrator, Password);
        string[] database = [$"--ConsultEngine:DatabasePath={Path.Combine(Host.Folder.Path, "consult.db")}", $"--ConsultEngine:DefinitionsPath={RepositoryPaths.Definitions}", $"--contentRoot={Host.Folder.Path}"];
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, await UsersCommand.RunAsync(["users", "reset-2fa", "shell-reset", .. database], output, error));
        Assert.False(await fixture.TwoFactorOnAsync("shell-reset"));
        Assert.Equal(1, await UsersCommand.RunAsync(["users", "reset-2fa", "nobody", .. database], output, error));
        Assert.Contains(AccessCodes.UserNotFound, error.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> LoginAsync(object body)
    {
        using var client = Host.CreateClient();
        return await client.PostAsJsonAsync("api/auth/login", body);
    }

    private static async Task<bool> TwoFactorListedAsync(HttpClient admin, string userName)
    {
        using var json = JsonDocument.Parse(await admin.GetStringAsync(new Uri("api/users", UriKind.Relative)));
        return json.RootElement.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("twoFactorEnabled").GetBoolean();
    }
}

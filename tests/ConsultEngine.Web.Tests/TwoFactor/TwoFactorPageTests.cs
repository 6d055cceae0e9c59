using System.Net;
using System.Text.RegularExpressions;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.TwoFactor;

/// <summary>
/// Two-factor sign-in in the browser (forms, no script): an administrator without an authenticator is held
/// on the enrolment page, enrols with the right code only, and afterwards signs in with the password and a code.
/// </summary>
public sealed partial class TwoFactorPageTests(TwoFactorHostFixture fixture) : IClassFixture<TwoFactorHostFixture>
{
    private const string Password = TwoFactorHostFixture.Password;

    private TestWebHost Host => fixture.Host;

    [Fact]
    public async Task AnAdministratorWithoutTwoFactor_IsSentToEnrolment_AndRefusedEverywhereElse()
    {
        await Host.AddUserAsync("not-enrolled", Roles.Administrator, Password, enrolTwoFactor: false);
        using var browser = new BrowserLikeClient(Host);

        using (var signIn = await SignInAsync(browser, "not-enrolled"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(TwoFactorGate.EnrolPath, PathOf(signIn));
        }

        foreach (var page in new[] { "/console", "/designer", "/console/users" })
        {
            using var refused = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal(TwoFactorGate.EnrolPath, PathOf(refused));
        }

        // The API with the browser's cookie: only the sign-in endpoints answer.
        using (var users = await browser.GetAsync("/api/users"))
        {
            await ProblemJson.AssertAsync(users, HttpStatusCode.Forbidden, TwoFactorCodes.EnrolmentRequired);
        }

        using (var me = await browser.GetAsync("/api/auth/me"))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        var enrolment = await browser.GetPageAsync(TwoFactorGate.EnrolPath);
        Assert.Contains("id=\"two-factor-required\"", enrolment, StringComparison.Ordinal);
        Assert.Matches("<img id=\"two-factor-qr\" src=\"data:image/png;base64,", enrolment);
    }

    [Fact]
    public async Task Enrolment_WithAWrongCode_StaysOff_WithTheRightCode_TurnsOn_AndShowsTenRecoveryCodes()
    {
        await Host.AddUserAsync("enrolling", Roles.StandingCommittee, Password, enrolTwoFactor: false);
        using var browser = new BrowserLikeClient(Host);
        (await SignInAsync(browser, "enrolling")).Dispose();
        var key = KeyOf(await browser.GetPageAsync(TwoFactorGate.EnrolPath));

        using (var wrong = await browser.SubmitFormAsync(TwoFactorGate.EnrolPath, new Dictionary<string, string> { ["Input.Code"] = TestTotp.WrongCode(key) }))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("id=\"two-factor-error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.False(await fixture.TwoFactorOnAsync("enrolling"));

        using (var right = await browser.SubmitFormAsync(TwoFactorGate.EnrolPath, new Dictionary<string, string> { ["Input.Code"] = TestTotp.Code(key) }))
        {
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
            var html = await right.Content.ReadAsStringAsync();
            Assert.Contains("id=\"two-factor-enabled\"", html, StringComparison.Ordinal);
            Assert.Equal(10, RecoveryCode().Count(html[html.IndexOf("id=\"recovery-codes\"", StringComparison.Ordinal)..]));
        }

        Assert.True(await fixture.TwoFactorOnAsync("enrolling"));
        // The same browser goes on: its sign-in was renewed without the pending enrolment.
        using var console = await browser.GetAsync("/console");
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
    }

    [Fact]
    public async Task SignIn_OfAnEnrolledUser_AsksForTheCode_AndAWrongCodeFailsLikeAWrongPassword()
    {
        await Host.AddUserAsync("with-code", Roles.Administrator, Password);
        using var browser = new BrowserLikeClient(Host);

        using (var password = await SignInAsync(browser, "with-code"))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            Assert.Equal(SignInTarget.TwoFactorLoginPath, PathOf(password));
        }

        // The password alone signs nobody in.
        using (var console = await browser.GetAsync("/console"))
        {
            Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
            Assert.Equal(AuthenticationSetup.LoginPath, PathOf(console));
        }

        var step = SignInTarget.TwoFactorLogin("/console");
        using (var wrong = await browser.SubmitFormAsync(step, new Dictionary<string, string> { ["Input.Code"] = TestTotp.WrongCode(TestUsers.AuthenticatorKey("with-code")) }))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            var html = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
            Assert.Contains("id=\"login-error\"", html, StringComparison.Ordinal);
            Assert.Contains("Không đăng nhập được", html, StringComparison.Ordinal);
        }

        using (var right = await browser.SubmitFormAsync(step, new Dictionary<string, string> { ["Input.Code"] = TestUsers.CurrentCode("with-code") }))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal("/console", PathOf(right));
        }

        using var signedIn = await browser.GetAsync("/console");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce()
    {
        await Host.AddUserAsync("recovering", Roles.Administrator, Password);
        var recovery = (await fixture.RecoveryCodesAsync("recovering"))[0];

        using (var first = new BrowserLikeClient(Host))
        {
            (await SignInAsync(first, "recovering")).Dispose();
            using var used = await first.SubmitFormAsync(SignInTarget.TwoFactorLogin("/console"), new Dictionary<string, string> { ["Input.Code"] = recovery });
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
            Assert.Equal("/console", PathOf(used));
        }

        using var second = new BrowserLikeClient(Host);
        (await SignInAsync(second, "recovering")).Dispose();
        using var again = await second.SubmitFormAsync(SignInTarget.TwoFactorLogin("/console"), new Dictionary<string, string> { ["Input.Code"] = recovery });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("id=\"login-error\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherRoles_AreNotAskedToEnrol()
    {
        await Host.AddUserAsync("office", Roles.CouncilOffice, Password);
        using var browser = new BrowserLikeClient(Host);
        using var signIn = await SignInAsync(browser, "office");
        Assert.Equal("/console", PathOf(signIn));
        using var console = await browser.GetAsync("/console");
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
    }

    [Fact]
    public async Task TheAccountPages_OfASignedInUser_NameTheStaffAccountInTheHeader_NotTheStaffSignIn()
    {
        await Host.AddUserAsync("header-reader", Roles.CouncilOffice, Password);
        using var browser = new BrowserLikeClient(Host);
        using var anonymous = new BrowserLikeClient(Host);
        (await SignInAsync(browser, "header-reader")).Dispose();

        var changePassword = await browser.GetPageAsync(AuthenticationSetup.ChangePasswordPath);
        var twoFactor = await browser.GetPageAsync(TwoFactorGate.EnrolPath);
        var portal = await anonymous.GetPageAsync("/");

        Assert.All([changePassword, twoFactor], page => Assert.Contains("id=\"portal-account\"", page, StringComparison.Ordinal));
        Assert.All([changePassword, twoFactor], page => Assert.DoesNotContain("id=\"staff-sign-in\"", page, StringComparison.Ordinal));
        Assert.Contains("id=\"staff-sign-in\"", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"portal-account\"", portal, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SignInAsync(BrowserLikeClient browser, string userName) =>
        browser.SubmitFormAsync("/account/login?returnUrl=%2Fconsole", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = Password,
        }, completeTwoFactor: false);

    private static string PathOf(HttpResponseMessage redirect) => new Uri(redirect.RequestMessage!.RequestUri!, redirect.Headers.Location!).AbsolutePath;

    private static string KeyOf(string enrolmentPage) =>
        KeyCode().Match(enrolmentPage) is { Success: true } key
            ? key.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            : throw new InvalidOperationException("The enrolment page shows no key.");

    [GeneratedRegex("id=\"two-factor-key\">([a-z2-7 ]+)</code>", RegexOptions.CultureInvariant)]
    private static partial Regex KeyCode();

    [GeneratedRegex("<li><code>[A-Z0-9]{5}-[A-Z0-9]{5}</code></li>", RegexOptions.CultureInvariant)]
    private static partial Regex RecoveryCode();
}

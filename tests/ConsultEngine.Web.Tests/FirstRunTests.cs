using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests;

/// <summary>The first start creates the administrator with a one-time password, printed once; it must be changed.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task FirstStart_PrintsTheAdministratorPasswordOnce_AndASecondStartPrintsNone()
    {
        var folder = TestFolder.Create();
        try
        {
            var first = await TestWebHost.StartAsync(folder);
            var firstOutput = first.Output;
            await first.StopAsync();

            var passwords = FirstRunOutput.Passwords(firstOutput);
            Assert.Single(passwords);
            Assert.Contains($"listening on {first.Address.ToString().TrimEnd('/')}", firstOutput, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^\s*Tên đăng nhập / User name:\s+admin$", firstOutput);
            Assert.Contains("must change it at the first sign-in", firstOutput, StringComparison.Ordinal);
            Assert.Contains("Bạn phải đổi mật khẩu khi đăng nhập lần đầu.", firstOutput, StringComparison.Ordinal);
            Assert.True(
                firstOutput.IndexOf("ConsultEngine đang chạy tại", StringComparison.Ordinal) < firstOutput.IndexOf("ConsultEngine is listening on", StringComparison.Ordinal),
                "Vietnamese first, English after");
            Assert.True(passwords[0].Length >= 16, "a strong password");

            await using var second = await TestWebHost.StartAsync(folder);
            Assert.Empty(FirstRunOutput.Passwords(second.Output));
            Assert.Contains($"listening on {second.Address.ToString().TrimEnd('/')}", second.Output, StringComparison.Ordinal);

            // The password printed by the first start still signs in after the restart (with the authenticator
            // an administrator enrols before anything else).
            await second.EnrolTwoFactorAsync("admin");
            var token = await ApiSignIn.TokenAsync(second, "admin", passwords[0]);
            Assert.False(string.IsNullOrEmpty(token));
        }
        finally
        {
            folder.Dispose();
        }
    }

    [Fact]
    public async Task TwoFreshInstallations_GetDifferentPasswords()
    {
        await using var a = await TestWebHost.StartAsync();
        await using var b = await TestWebHost.StartAsync();
        Assert.NotEqual(FirstRunOutput.Passwords(a.Output).Single(), FirstRunOutput.Passwords(b.Output).Single());
    }

    [Fact]
    public async Task OneTimePassword_AllowsOnlyThePasswordChange_ThenEverything()
    {
        await using var host = await TestWebHost.StartAsync();
        var oneTime = FirstRunOutput.Passwords(host.Output).Single();
        // Enrolled as in a browser: no bearer token reaches an administrator without two factors.
        await host.EnrolTwoFactorAsync("admin");
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await ApiSignIn.TokenAsync(host, "admin", oneTime));

        using (var me = await client.GetAsync(new Uri("api/auth/me", UriKind.Relative)))
        {
            using var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
            Assert.True(json.RootElement.GetProperty("mustChangePassword").GetBoolean());
        }

        using (var blocked = await client.GetAsync(new Uri("api/users", UriKind.Relative)))
        {
            await ProblemJson.AssertAsync(blocked, HttpStatusCode.Forbidden, "CE9903");
        }

        using (var unchanged = await client.PostAsJsonAsync("api/auth/change-password", new { currentPassword = oneTime, newPassword = oneTime }))
        {
            await ProblemJson.AssertAsync(unchanged, HttpStatusCode.UnprocessableEntity, "CE9908");
        }

        using (var changed = await client.PostAsJsonAsync("api/auth/change-password", new { currentPassword = oneTime, newPassword = "Chosen-Passw0rd-1" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => ApiSignIn.TokenAsync(host, "admin", oneTime));
        client.DefaultRequestHeaders.Authorization = new("Bearer", await ApiSignIn.TokenAsync(host, "admin", "Chosen-Passw0rd-1"));
        using var users = await client.GetAsync(new Uri("api/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task OneTimePassword_OnThePages_SendsEveryPageToTheChangePasswordForm()
    {
        await using var host = await TestWebHost.StartAsync();
        using var browser = new BrowserLikeClient(host);
        using var signIn = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = FirstRunOutput.Passwords(host.Output).Single(),
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/change-password", PathOf(signIn));

        using var console = await browser.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
        Assert.Equal("/account/change-password", PathOf(console));
    }

    private static string PathOf(HttpResponseMessage redirect) => new Uri(redirect.RequestMessage!.RequestUri!, redirect.Headers.Location!).AbsolutePath;
}

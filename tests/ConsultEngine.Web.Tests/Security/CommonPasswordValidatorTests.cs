using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Security;

/// <summary>The most common passwords are refused, decorated or not (CE9991); a long, unusual one passes.</summary>
public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Password2025!")]
    [InlineData("P@ssw0rd12345")]
    [InlineData("qwertyuiop123")]
    [InlineData("123456789012")]
    [InlineData("iloveyou1234")]
    [InlineData("Matkhau@12345")]
    [InlineData("anhyeuem123456")]
    [InlineData("abcabcabcabc")]
    [InlineData("zzzzzzzzzzzz")]
    [InlineData("Administrator1")]
    [InlineData("!!Vietnam2026!!")]
    public void ACommonPasswordOrItsDecoratedForm_IsCommon(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("Test-Administrator-Passw0rd")]
    [InlineData("correct-horse-battery-staple")]
    [InlineData("Gió-mùa-đông-bắc-2026")]
    [InlineData("k7#Qm2!vXp9@Lr4z")]
    public void AnUnusualPassword_IsNotCommon(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password));

    [Fact]
    public async Task ChangingToACommonPassword_Is422WithCE9991()
    {
        await using var host = await TestWebHost.StartAsync();
        await host.AddUserAsync("weak", Roles.Executive, "Strong-Enough-Passw0rd");
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await ApiSignIn.TokenAsync(host, "weak", "Strong-Enough-Passw0rd"));

        using var response = await client.PostAsJsonAsync("api/auth/change-password", new { currentPassword = "Strong-Enough-Passw0rd", newPassword = "Password2025!" });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE9908");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetString() == AccessCodes.CommonPassword);
    }

    [Fact]
    public async Task ChangingToACommonPasswordOnThePage_NamesCE9991UnderTheForm()
    {
        await using var host = await TestWebHost.StartAsync();
        await host.AddUserAsync("weak", Roles.Executive, "Strong-Enough-Passw0rd");
        using var browser = new BrowserLikeClient(host);
        using (var signIn = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "weak",
            ["Input.Password"] = "Strong-Enough-Passw0rd",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var refused = await browser.SubmitFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = "Strong-Enough-Passw0rd",
            ["Input.New"] = "Password2025!",
            ["Input.Confirm"] = "Password2025!",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"<li data-code=\"{AccessCodes.CommonPassword}\">", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAUserWithACommonPassword_IsRefused()
    {
        await using var host = await TestWebHost.StartAsync();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => host.AddUserAsync("weak", Roles.Executive, "qwertyuiop123"));

        Assert.Contains(AccessCodes.CommonPassword, refused.Message, StringComparison.Ordinal);
    }
}

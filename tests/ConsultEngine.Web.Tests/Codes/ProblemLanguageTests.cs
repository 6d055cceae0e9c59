using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tests.Api;

namespace ConsultEngine.Web.Tests.Codes;

/// <summary>
/// Problem details speak the request's language — Vietnamese by default, English by the culture cookie or,
/// for an API client, by Accept-Language — and keep the code and the engine's English detail.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class ProblemLanguageTests(WebHostFixture fixture)
{
    [Fact]
    public async Task NotSignedIn_IsVietnamese_ByDefault()
    {
        using var client = await fixture.ClientAsync(null);
        using var json = await ProblemAsync(client, "api/users", HttpStatusCode.Unauthorized, "CE9901");

        Assert.Equal("Cần đăng nhập để thực hiện việc này.", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Cần đăng nhập trước khi thực hiện việc này.", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task NotSignedIn_IsEnglish_ForAnEnglishApiClient()
    {
        using var client = await fixture.ClientAsync(null);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        using var json = await ProblemAsync(client, "api/users", HttpStatusCode.Unauthorized, "CE9901");

        Assert.Equal("You need to sign in.", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Sign in before doing this.", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownRoute_FollowsTheCultureCookie()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var json = await ProblemAsync(client, "api/no-such-thing", HttpStatusCode.NotFound, "CE9906");

        Assert.Equal("Not found.", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task EngineRefusal_HasALocalisedTitleAndDetail_AndKeepsTheEnginesDetailAndErrors()
    {
        using var client = await fixture.ClientAsync(Roles.CouncilOffice);
        using var response = await client.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = Consultation.Standard, title = "No year", province = "Lào Cai" });
        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "CE8013");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Thiếu thông tin bắt buộc hoặc thông tin chưa hợp lệ.", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Yêu cầu bị từ chối; xem các lỗi kèm theo để biết lý do.", json.RootElement.GetProperty("detail").GetString());
        var engineDetail = json.RootElement.GetProperty("engineDetail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(engineDetail));
        Assert.NotEqual(json.RootElement.GetProperty("detail").GetString(), engineDetail);
        Assert.Contains(json.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "CE8013");
    }

    [Fact]
    public async Task SignInFailure_StaysCoded_InEnglishToo()
    {
        using var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var response = await client.PostAsJsonAsync(new Uri("api/auth/login", UriKind.Relative), new { userName = "nobody", password = "wrong-password-123" });
        await ProblemJson.AssertAsync(response, HttpStatusCode.Unauthorized, "CE9904");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Wrong user name or password, or the account is locked.", json.RootElement.GetProperty("title").GetString());
    }

    private static async Task<JsonDocument> ProblemAsync(HttpClient client, string path, HttpStatusCode status, string code)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemJson.AssertAsync(response, status, code);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

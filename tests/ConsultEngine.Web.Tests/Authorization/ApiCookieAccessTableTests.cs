using System.Net;
using System.Text.Json;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>
/// The API accepts the browser's sign-in cookie as well as bearer tokens, so <see cref="ApiAccessTable"/>
/// is played again with cookies (signed in by the sign-in form): with the antiforgery token of the staff
/// pages every role gets the answers the table gives bearer callers; a state-changing call with the
/// cookie alone is refused (400, CE9910) before it runs, and a reading one is not.
/// </summary>
[Collection(StaffSiteGroup.Name)]
public sealed class ApiCookieAccessTableTests(StaffSiteFixture site)
{
    public static TheoryData<string> RowKeys() => ApiAccessTableTests.RowKeys();

    public static TheoryData<string> StateChangingRowKeys()
    {
        var data = new TheoryData<string>();
        foreach (var row in ApiAccessTable.Rows.Where(r => ChangesState(r.Method)))
        {
            data.Add(row.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RowKeys))]
    public async Task Endpoint_AnswersEveryCookieCaller_AsTheTableSays(string key)
    {
        var row = ApiAccessTable.Rows.Single(r => r.Key == key);
        var failures = new List<string>();
        using var client = site.Client();
        foreach (var role in Roles.All)
        {
            using var request = (await site.SessionAsync(role)).Sign(row.Request(), withToken: true);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (row.SignsOut)
            {
                site.Forget(role);
            }

            if (row.Admits(role))
            {
                if (status is 401 or 403 || status >= 500)
                {
                    failures.Add($"{role}: admitted but got {status}");
                }
                else if (await CodeAsync(response) == WebErrorCodes.AntiforgeryTokenMissing)
                {
                    failures.Add($"{role}: the antiforgery token of the pages was refused");
                }
            }
            else if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{role}: expected 403, got {status}");
            }
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{role}: {status} without problem details");
            }
        }

        Assert.True(failures.Count == 0, $"{key}: " + string.Join("; ", failures));
    }

    [Theory]
    [MemberData(nameof(StateChangingRowKeys))]
    public async Task StateChangingEndpoint_WithTheCookieButNoAntiforgeryToken_IsRefusedForEveryRole(string key)
    {
        var row = ApiAccessTable.Rows.Single(r => r.Key == key);
        var failures = new List<string>();
        using var client = site.Client();
        foreach (var role in Roles.All)
        {
            using var request = (await site.SessionAsync(role)).Sign(row.Request(), withToken: false);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var code = await CodeAsync(response);
            // Refused either way: for want of the token (400, CE9910), or earlier, by the role (403).
            var refused = (response.StatusCode == HttpStatusCode.BadRequest && code == WebErrorCodes.AntiforgeryTokenMissing)
                || (!row.Admits(role) && response.StatusCode == HttpStatusCode.Forbidden);
            if (!refused)
            {
                failures.Add($"{role}: expected 400 {WebErrorCodes.AntiforgeryTokenMissing}, got {status} {code}");
            }
        }

        Assert.True(failures.Count == 0, $"{key}: " + string.Join("; ", failures));
    }

    [Fact]
    public async Task ReadingEndpoint_WithTheCookieAlone_IsAnswered()
    {
        using var client = site.Client();
        using var request = (await site.SessionAsync(Roles.Executive)).Sign(new HttpRequestMessage(HttpMethod.Get, new Uri("api/auth/me", UriKind.Relative)), withToken: false);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Web.Testing.TestUsers.UserName(Roles.Executive), me.RootElement.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task StateChangingCall_WithAnotherUsersAntiforgeryToken_IsRefused()
    {
        var executive = await site.SessionAsync(Roles.Executive);
        var administrator = await site.SessionAsync(Roles.Administrator);
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/definitions/validate", UriKind.Relative))
        {
            Content = new StringContent("{\"schemaVersion\":1}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Cookie", administrator.Cookies);
        request.Headers.Add(CookieSession.TokenHeader, executive.AntiforgeryToken);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(WebErrorCodes.AntiforgeryTokenMissing, await CodeAsync(response));
    }

    private static bool ChangesState(string method) => method is not ("GET" or "HEAD" or "OPTIONS");

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return null;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}

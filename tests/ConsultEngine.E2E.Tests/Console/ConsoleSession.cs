using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Console;

/// <summary>What the console's browser tests share: signing a seeded user in through the sign-in page, and API calls as a role.</summary>
internal static class ConsoleSession
{
    public static async Task SignInAsync(IPage page, string role)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(TestUsers.UserName(role));
        await page.GetByLabel("Mật khẩu").FillAsync(TestUsers.Password(role));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await StaffSignIn.CompleteAsync(page, TestUsers.UserName(role));
    }

    /// <summary>Waits until the console page runs interactively (its navigation marks it after the first interactive render).</summary>
    public static Task InteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("nav.console-nav")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 15_000 });

    public static async Task<HttpClient> ApiAsync(TestWebHost host, string role)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiSignIn.TokenAsync(host, TestUsers.UserName(role), TestUsers.Password(role)));
        return client;
    }

    /// <summary>The newest published version of a definition, as the API lists it.</summary>
    public static async Task<int> NewestPublishedAsync(HttpClient api, string definitionId)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri("api/definitions/" + definitionId, UriKind.Relative)));
        return json.RootElement.GetProperty("versions").EnumerateArray()
            .Where(v => v.GetProperty("state").GetString() == "Published")
            .Max(v => v.GetProperty("version").GetInt32());
    }

    /// <summary>
    /// Publishes the next version of a definition as an administrator would from the designer: the
    /// newest published version exported, imported as the draft, published. Returns the new version.
    /// </summary>
    public static async Task<int> PublishNextVersionAsync(HttpClient administrator, string definitionId)
    {
        var newest = await NewestPublishedAsync(administrator, definitionId);
        var exported = await administrator.GetStringAsync(new Uri($"api/definitions/{definitionId}/versions/{newest}/export", UriKind.Relative));
        using (var import = await administrator.PostAsync(new Uri("api/definitions/import", UriKind.Relative), new StringContent(exported, System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
        }

        using var publish = await administrator.PostAsJsonAsync(new Uri($"api/definitions/{definitionId}/draft/publish", UriKind.Relative), new { });
        var body = await publish.Content.ReadAsStringAsync();
        Assert.True(publish.IsSuccessStatusCode, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("version").GetInt32();
    }

    public static async Task<Guid> StartAsync(HttpClient api, string title)
    {
        using var response = await api.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = "hdnd.standard", title, province = "Lào Cai", variables = new { year = 2026 } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("instance").GetProperty("id").GetGuid();
    }
}

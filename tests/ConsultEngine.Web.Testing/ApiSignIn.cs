using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ConsultEngine.Web.Testing;

/// <summary>Signs HTTP clients in through <c>POST /api/auth/login</c>.</summary>
public static class ApiSignIn
{
    /// <summary>A bearer token for the user, or an exception saying why the sign-in failed.</summary>
    /// <remarks>A test user enrolled at seeding sends the authenticator's current code (<see cref="TestUsers.CurrentCode"/>); a user without two-factor sign-in is not asked for it.</remarks>
    public static Task<string> TokenAsync(TestWebHost host, string userName, string password) =>
        TokenAsync(host, userName, password, TestUsers.CurrentCode(userName));

    /// <summary>A bearer token for the user signing in with the authenticator's <paramref name="code"/>.</summary>
    public static async Task<string> TokenAsync(TestWebHost host, string userName, string password, string? code)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("api/auth/login", new { userName, password, code }).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in of '{userName}' answered {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A client of the host signed in as the seeded user of <paramref name="role"/> (bearer token).</summary>
    public static async Task<HttpClient> AsRoleAsync(TestWebHost host, string role)
    {
        var token = await TokenAsync(host, TestUsers.UserName(role), TestUsers.Password(role)).ConfigureAwait(false);
        var client = host!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

using System.Collections.Concurrent;
using System.Net;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>
/// A host of its own with one consultation open to the public (so page addresses name real things) and
/// one seeded user per role, each signed in once through the sign-in form like a browser (cookies).
/// </summary>
public sealed class StaffSiteFixture : PortalSite, IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Task<CookieSession>> _sessions = new(StringComparer.Ordinal);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await TestUsers.SeedAsync(Host);
    }

    /// <summary>The role's seeded user signed in by the sign-in form: cookies and the antiforgery token of its pages.</summary>
    internal Task<CookieSession> SessionAsync(string role) => _sessions.GetOrAdd(role, SignInAsync);

    /// <summary>Drops the role's cached session (after a call that revoked it); the next use signs in again.</summary>
    internal void Forget(string role) => _sessions.TryRemove(role, out _);

    /// <summary>A client that follows no redirect and sends no cookie of its own.</summary>
    public HttpClient Client() => Host.CreateClient();

    /// <summary>A page as the role's seeded user receives it (prerendered HTML), asserted to answer 200.</summary>
    internal async Task<string> PageAsync(string role, string path)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        (await SessionAsync(role)).Sign(request, withToken: false);
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return html;
    }

    private async Task<CookieSession> SignInAsync(string role)
    {
        using var browser = new BrowserLikeClient(Host);
        using (var signIn = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = TestUsers.UserName(role),
            ["Input.Password"] = TestUsers.Password(role),
        }))
        {
            if (signIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"The sign-in form for {role} answered {(int)signIn.StatusCode}.");
            }
        }

        // Every staff member may open the console; its layout's sign-out form carries the token for this user.
        var console = await browser.GetPageAsync("/console");
        var token = BrowserLikeClient.HiddenFields(console).GetValueOrDefault("__RequestVerificationToken")
            ?? throw new InvalidOperationException("The console page rendered no antiforgery token.");
        return new CookieSession(browser.Cookies.GetCookieHeader(Host.Address), token);
    }
}

[CollectionDefinition(Name)]
public sealed class StaffSiteGroup : ICollectionFixture<StaffSiteFixture>
{
    public const string Name = "staff site";
}

using System.Collections.Concurrent;
using System.Net;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tenancy;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using ConsultEngine.Web.Tests.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>
/// A host of its own (the cross-province calls change what they reach) with the portal's seeded consultation,
/// which names no province and so belongs to the default one (<see cref="Home"/>), and, for the roles the
/// rows are checked with, one user in that province, one in <see cref="Other"/> and one national.
/// </summary>
public sealed class ProvinceSiteFixture : PortalSite, IAsyncLifetime
{
    /// <summary>The default province (<c>ConsultWeb:Tenancy:DefaultProvince</c> unset): Hà Nội.</summary>
    public const string Home = "01";

    /// <summary>Đà Nẵng, which owns the definition <c>hdnd.da-nang</c> by its id.</summary>
    public const string Other = "48";

    public const string National = "national";

    /// <summary>An account of <see cref="Home"/> with no role, which the user rows act on.</summary>
    public const string Target = "p01-target";

    /// <summary>A contracted organisation whose only account works for <see cref="Other"/>.</summary>
    public const string OtherOrganisation = "Công ty Đà Nẵng";

    /// <summary>The roles the rows are called with: the API's widest, and the widest without two-factor sign-in for pages.</summary>
    public static readonly string[] CheckedRoles = [Roles.Administrator, Roles.CouncilOffice];

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<CookieSession>> _sessions = new(StringComparer.Ordinal);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        foreach (var role in CheckedRoles)
        {
            foreach (var province in new[] { Home, Other, National })
            {
                await Host.AddUserAsync(UserName(role, province), role, Password(role));
                await using var scope = Host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<StaffProvinces>().SetAsync(UserName(role, province), province, administratorProvince: null);
            }
        }

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            await administration.AddAsync(Target, [], Password(Roles.Executive), province: Home);
            await administration.AddAsync("p48-contractor", [Roles.ContractedOrganisation], Password(Roles.ContractedOrganisation), OtherOrganisation, Other);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();

    public static string UserName(string role, string province) => $"p{province}-{role.ToLowerInvariant()}";

    public static string Password(string role) => TestUsers.Password(role);

    /// <summary>A client with the bearer token of the role's user in <paramref name="province"/>.</summary>
    public async Task<HttpClient> ApiClientAsync(string role, string province)
    {
        var client = Host.CreateClient();
        var token = await _tokens.GetOrAdd(UserName(role, province), name => ApiSignIn.TokenAsync(Host, name, Password(role)));
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Drops a cached token (after a call that signed the user out).</summary>
    public void Forget(string role, string province) => _tokens.TryRemove(UserName(role, province), out _);

    /// <summary>The role's user in <paramref name="province"/> signed in by the sign-in form (cookies), as a browser.</summary>
    internal Task<CookieSession> SessionAsync(string role, string province) => _sessions.GetOrAdd(UserName(role, province), name => SignInAsync(name, Password(role)));

    private async Task<CookieSession> SignInAsync(string userName, string password)
    {
        using var browser = new BrowserLikeClient(Host);
        using (var signIn = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }))
        {
            if (signIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"The sign-in form for {userName} answered {(int)signIn.StatusCode}.");
            }
        }

        var console = await browser.GetPageAsync("/console");
        var token = BrowserLikeClient.HiddenFields(console).GetValueOrDefault("__RequestVerificationToken")
            ?? throw new InvalidOperationException("The console page rendered no antiforgery token.");
        return new CookieSession(browser.Cookies.GetCookieHeader(Host.Address), token);
    }
}

[CollectionDefinition(Name)]
public sealed class ProvinceSiteGroup : ICollectionFixture<ProvinceSiteFixture>
{
    public const string Name = "province site";
}

using System.Collections.Concurrent;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests;

/// <summary>One real host for a test collection, with one seeded user per role and their tokens cached.</summary>
public sealed class WebHostFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);
    private TestWebHost? _host;

    public TestWebHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        _host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(_host);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Drops the role's cached token (after a call that revoked it); the next client signs in again.</summary>
    public void Forget(string role) => _tokens.TryRemove(role, out _);

    /// <summary>A client signed in as the role's seeded user (bearer), or anonymous when <paramref name="role"/> is null.</summary>
    public async Task<HttpClient> ClientAsync(string? role)
    {
        var client = Host.CreateClient();
        if (role is not null)
        {
            var token = await _tokens.GetOrAdd(role, r => ApiSignIn.TokenAsync(Host, TestUsers.UserName(r), TestUsers.Password(r)));
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class WebHostGroup : ICollectionFixture<WebHostFixture>
{
    public const string Name = "web host";
}

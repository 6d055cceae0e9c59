using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Hostile.Fuzz;

/// <summary>
/// A real host of its own (real HTTP, a real SQLite file) with one consultation whose survey, poll,
/// hearing, focus groups and draft comments wait for the public, its rate limits raised by configuration
/// so that the fuzz measures the endpoints and not the limiter; and what the portal shows of it.
/// </summary>
public sealed class FuzzSite : IAsyncLifetime
{
    private static readonly Dictionary<string, string> RaisedLimits = new(StringComparer.Ordinal)
    {
        ["ConsultWeb:RateLimits:PublicSubmissionPerMinute"] = "10000000",
        ["ConsultWeb:RateLimits:PublicReadPerMinute"] = "10000000",
        ["ConsultWeb:RateLimits:SignInPerMinute"] = "10000000",
    };

    private TestWebHost? _host;

    public TestWebHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    internal FuzzWorld World { get; private set; } = new(Guid.Empty, [], []);

    internal IReadOnlyList<FuzzTarget> Targets { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _host = await TestWebHost.StartAsync(settings: RaisedLimits);
        var instance = await PortalSeed.OpenConsultationAsync(_host.Services);
        using var client = _host.CreateClient();
        World = await FuzzWorld.ReadAsync(client, instance);
        Targets = FuzzTarget.Discover(_host.Services.GetRequiredService<EndpointDataSource>());
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

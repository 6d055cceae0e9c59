using ConsultEngine.Hosting.Cluster;
using ConsultEngine.Hosting.Tests.Library;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsultEngine.Hosting.Tests.Cluster;

/// <summary>
/// <c>ConsultEngine:Cluster</c>: the name a node claims timers and outbox messages under and the lengths of
/// its claims. A value the claims cannot use stops the engine's start with a code.
/// </summary>
public sealed class ClusterSettingsTests : IDisposable
{
    private readonly LibraryHost _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task TheNodeIdSetting_IsTheNameTheStoreClaimsRowsUnder()
    {
        using var host = Build(("ConsultEngine:Cluster:NodeId", "node-a.hdnd"));

        await host.StartAsync();

        Assert.Equal("node-a.hdnd", Assert.IsAssignableFrom<RelationalInstanceStore>(host.Services.GetRequiredService<IInstanceStore>()).NodeId);
        await host.StopAsync();
    }

    [Fact]
    public async Task WithoutANodeId_EachHostClaimsUnderANameOfItsOwn_WithTheProcessId()
    {
        using var first = Build();
        using var second = Build();
        await first.StartAsync();
        await second.StartAsync();

        var (a, b) = (Node(first), Node(second));

        Assert.NotEqual(a, b);
        Assert.Contains($"/{Environment.ProcessId}/", a, StringComparison.Ordinal);
        await first.StopAsync();
        await second.StopAsync();
    }

    [Fact]
    public async Task TheOutboxClaimLease_IsTheDispatchersLease()
    {
        using var host = Build(("ConsultEngine:Cluster:OutboxClaimLeaseSeconds", "300"));

        await host.StartAsync();

        Assert.Equal(TimeSpan.FromMinutes(5), host.Services.GetRequiredService<OutboxRetryPolicy>().ClaimLease);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("node\tb")]
    [InlineData("a-node-name-longer-than-the-claim-column-holds-a-node-name-longer-than-the-claim-column-holds-xxxxxxxx")]
    public async Task ANodeIdTheClaimsCannotHold_IsRefusedAtStartWithCE8460(string nodeId)
    {
        using var host = Build(("ConsultEngine:Cluster:NodeId", nodeId));

        var error = await Assert.ThrowsAsync<ClusterException>(() => host.StartAsync());

        Assert.Equal(ClusterCodes.NodeIdInvalid, error.Code);
    }

    [Theory]
    [InlineData("ConsultEngine:Cluster:TimerClaimLeaseSeconds", "0")]
    [InlineData("ConsultEngine:Cluster:TimerClaimLeaseSeconds", "3601")]
    [InlineData("ConsultEngine:Cluster:OutboxClaimLeaseSeconds", "4")]
    public async Task AClaimLeaseOutOfRange_IsRefusedAtStartWithCE8461(string setting, string seconds)
    {
        using var host = Build((setting, seconds));

        var error = await Assert.ThrowsAsync<ClusterException>(() => host.StartAsync());

        Assert.Equal(ClusterCodes.ClaimLeaseOutOfRange, error.Code);
        Assert.Equal(setting, error.Setting);
    }

    private static string Node(IHost host) => Assert.IsAssignableFrom<RelationalInstanceStore>(host.Services.GetRequiredService<IInstanceStore>()).NodeId;

    private IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddLogging();
        builder.Services.AddConsultEngine(options =>
        {
            options.DefinitionsPath = _files.DefinitionsFolder;
            options.DatabasePath = _files.DatabasePath;
            options.RunBackgroundServices = false;
        });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }
}

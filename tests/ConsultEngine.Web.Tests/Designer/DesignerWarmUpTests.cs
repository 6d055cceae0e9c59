using ConsultEngine.Web.Designer;
using ConsultEngine.Web.Testing;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Designer;

/// <summary>
/// The designer's warm-up waits for the first staff circuit instead of running at start (a host serving
/// only the public keeps neither its code nor its memory), and then runs once, to its end.
/// </summary>
public sealed class DesignerWarmUpTests : IAsyncLifetime
{
    private TestWebHost _host = null!;

    public async Task InitializeAsync() => _host = await TestWebHost.StartAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Folder.Dispose();
    }

    [Fact]
    public void A_started_host_has_not_begun_the_warm_up_and_begins_it_from_a_circuit_handler()
    {
        var warmUp = _host.Services.GetRequiredService<DesignerWarmUp>();
        using var scope = _host.Services.CreateScope();

        Assert.Null(warmUp.Running);
        Assert.Contains(scope.ServiceProvider.GetServices<CircuitHandler>(), h => h is DesignerWarmUpOnFirstCircuit);
    }

    [Fact]
    public async Task Begun_twice_the_warm_up_runs_once_to_its_end()
    {
        var warmUp = _host.Services.GetRequiredService<DesignerWarmUp>();

        warmUp.Begin();
        var first = warmUp.Running;
        warmUp.Begin();
        await first!;

        Assert.Same(first, warmUp.Running);
        Assert.True(first.IsCompletedSuccessfully);
    }
}

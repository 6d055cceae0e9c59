using Microsoft.Extensions.Hosting;

namespace ConsultEngine.Hosting.Startup;

/// <summary>
/// The engine's first hosted service: <c>AddConsultEngine</c> puts it ahead of every other, so the
/// stores are open and the definitions seeded before the timer and outbox services run and before
/// the web server (started after all hosted services) takes a request.
/// </summary>
internal sealed class EngineInitializer(IServiceProvider provider, EngineInitialization initialization) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initialization.InitializeAsync(provider, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using ConsultEngine.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.Security;

/// <summary>
/// On PostgreSQL, brings the data protection keys table (<see cref="DataProtectionKeysDb"/>) to its latest
/// migration when the host starts, before the server listens and so before any cookie or token is read.
/// </summary>
internal sealed class KeyStoreStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Migrates the keys table of the host whose services are <paramref name="services"/> (also for hosts that are not started).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<DataProtectionKeysDb>();
        await keys.Database.MigrateWhenPendingAsync(cancellationToken).ConfigureAwait(false);
    }
}

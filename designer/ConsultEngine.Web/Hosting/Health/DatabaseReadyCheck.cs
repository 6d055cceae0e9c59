using ConsultEngine.Persistence.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Hosting.Health;

/// <summary>Ready when the database file opens, answers and holds every migration of this build (CE8091 / CE8092 otherwise).</summary>
internal sealed class DatabaseReadyCheck(WebDataPaths paths, IOptions<HealthSettings> settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = await SqliteDatabaseProbe.CheckAsync(paths.DatabasePath, settings.Value.DatabaseTimeout, cancellationToken).ConfigureAwait(false);
        return probe.Ready
            ? HealthCheckResult.Healthy("reachable and migrated")
            : ReadyResults.Unhealthy(probe.Code!, probe.Reason ?? "not ready");
    }
}

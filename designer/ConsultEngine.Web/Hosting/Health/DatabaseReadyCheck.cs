using ConsultEngine.Persistence.Health;
using ConsultEngine.Persistence.Providers;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Hosting.Health;

/// <summary>
/// Ready when the database (the SQLite file, or the PostgreSQL database) opens, answers and holds every
/// migration of this build (CE8091 / CE8092 otherwise), within <see cref="HealthSettings.DatabaseTimeout"/>.
/// </summary>
internal sealed class DatabaseReadyCheck(WebDataPaths paths, IOptions<HealthSettings> settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = settings.Value.DatabaseTimeout;
        var probe = paths.Database.Provider == DatabaseProvider.PostgreSql
            ? await PostgreSqlDatabaseProbe.CheckAsync(paths.Database.ConnectionString!, timeout, cancellationToken).ConfigureAwait(false)
            : await SqliteDatabaseProbe.CheckAsync(paths.DatabasePath, timeout, cancellationToken).ConfigureAwait(false);
        return probe.Ready
            ? HealthCheckResult.Healthy("reachable and migrated")
            : ReadyResults.Unhealthy(probe.Code!, probe.Reason ?? "not ready");
    }
}

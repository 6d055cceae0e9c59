using ConsultEngine.Hosting.Plugins;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConsultEngine.Web.Hosting.Health;

/// <summary>Ready when the host has tools; a refused plugin (the others keep running) makes it degraded, not unready.</summary>
internal sealed class PluginsReadyCheck(PluginCatalog plugins) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = plugins.Tools.Count == 0
            ? ReadyResults.Unhealthy(StorageCodes.PluginsNotLoaded, "no tool is loaded")
            : plugins.Refused.Count > 0
                ? new HealthCheckResult(HealthStatus.Degraded, $"{plugins.Tools.Count} loaded, {plugins.Refused.Count} refused", data: ReadyResults.CodeData(plugins.Refused[0].Code))
                : HealthCheckResult.Healthy($"{plugins.Tools.Count} loaded");
        return Task.FromResult(result);
    }
}

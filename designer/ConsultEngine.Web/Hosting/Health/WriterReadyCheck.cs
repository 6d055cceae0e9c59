using ConsultEngine.Persistence.Tools;
using ConsultEngine.Runtime.Reliability;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Hosting.Health;

/// <summary>
/// Ready when the ingestion writer runs, commits what is queued and its queue is below the backlog
/// threshold; a stopped, stalled or backed-up writer answers CE8065, so a load balancer sends the
/// submissions elsewhere instead of letting them wait.
/// </summary>
internal sealed class WriterReadyCheck(IWriterHealth writer, IOptions<HealthSettings> settings) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = writer.Check();
        var backlog = health.Capacity > 0 && health.Queued >= Math.Max(1, health.Capacity * settings.Value.WriterBacklogFraction);
        var result = !health.Healthy
            ? ReadyResults.Unhealthy(health.Code ?? ReliabilityCodes.IngestionUnavailable, "the writer is stopped or stalled")
            : backlog
                ? ReadyResults.Unhealthy(ReliabilityCodes.IngestionUnavailable, $"the writer is backed up ({health.Queued} of {health.Capacity} queued)")
                : HealthCheckResult.Healthy($"{health.Queued} queued");
        return Task.FromResult(result);
    }
}

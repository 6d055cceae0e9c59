using ConsultEngine.Persistence.Tools;
using ConsultEngine.Runtime.Reliability;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Hosting.Health;

/// <summary>
/// Ready while the database has room: the writer's last batch was not refused as full (CE8066) within
/// <see cref="HealthSettings.StorageFullHold"/>, and the database's disk keeps the configured free space
/// (CE8090). The hold ends by itself: a node taken out of rotation gets no submission that could clear
/// the failure, so once the hold is over it is ready again and the next batch tells whether there is room.
/// </summary>
internal sealed class StorageReadyCheck(IWriterHealth writer, WebDataPaths paths, IOptions<HealthSettings> settings, TimeProvider? clock = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = writer.Check();
        if (health.LastFailure == ReliabilityCodes.IngestionStorageFull
            && (clock ?? TimeProvider.System).GetUtcNow() - health.LastProgressAt < settings.Value.StorageFullHold)
        {
            return Task.FromResult(ReadyResults.Unhealthy(ReliabilityCodes.IngestionStorageFull, "the last batch found the database full"));
        }

        var minimum = settings.Value.MinFreeDiskBytes;
        var free = minimum > 0 ? FreeBytes(paths.DatabasePath) : null;
        return Task.FromResult(free < minimum
            ? ReadyResults.Unhealthy(StorageCodes.StorageFull, $"{free} bytes free on the database's disk")
            : HealthCheckResult.Healthy("room to write"));
    }

    private static long? FreeBytes(string databasePath)
    {
        try
        {
            return new DriveInfo(Path.GetDirectoryName(databasePath)!).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A file system that does not tell its free space is not reported as full.
            return null;
        }
    }
}

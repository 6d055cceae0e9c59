using ConsultEngine.Hosting.Cluster;
using ConsultEngine.Hosting.Logging;
using ConsultEngine.Hosting.Startup;
using ConsultEngine.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Services;

/// <summary>Fires due timers: due dates raise escalations, waits end. A round that fills its batch is followed at once by another.</summary>
internal sealed partial class TimerService(Deferred<ProcessEngine> engine, IOptions<ConsultEngineOptions> options, ClusterSettings cluster, TimeProvider clock, ILogger<TimerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunBackgroundServices)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            int fired;
            try
            {
                fired = await engine.Value.FireDueTimersAsync(settings.BatchSize, cluster.TimerClaimLease, stoppingToken).ConfigureAwait(false);
                if (fired > 0)
                {
                    LogFired(fired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A store outage must not stop the service; the timers are still there next round.
                // A rule's fault may quote the data it ran on: the log keeps the type and the stack only.
                LogFailed(ScrubbedException.Of(ex));
                fired = 0;
            }

            if (fired < settings.BatchSize)
            {
                await Task.Delay(settings.TimerPollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fired {Count} due timer(s).")]
    private partial void LogFired(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Firing due timers failed; retrying next round.")]
    private partial void LogFailed(Exception exception);
}

using ConsultEngine.Hosting.Startup;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Runtime.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Services;

/// <summary>
/// Samples the outbox backlog for its gauge every <see cref="SampleInterval"/>, and only while someone reads the
/// gauge (an exporter is configured): a host without telemetry runs no count query at all.
/// </summary>
internal sealed partial class OutboxBacklogService(Deferred<IInstanceStore> store, IOptions<ConsultEngineOptions> options, TimeProvider clock, ILogger<OutboxBacklogService> logger) : BackgroundService
{
    /// <summary>How often the backlog is counted while observed; a metric export interval is a minute by default.</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunBackgroundServices)
        {
            return;
        }

        OutboxBacklogMonitor? monitor = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (OutboxBacklogMonitor.IsObserved && (monitor ??= Monitor()) is { } sampling)
                {
                    try
                    {
                        await sampling.SampleAsync(stoppingToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // The gauge keeps its last sample; the store's health is the readiness check's business.
                        LogFailed(ex.GetType().Name);
                    }
                }

                await Task.Delay(SampleInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            monitor?.Dispose();
        }
    }

    private OutboxBacklogMonitor? Monitor() => store.Value is IOutboxBacklog backlog ? new OutboxBacklogMonitor(backlog) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting the outbox backlog failed ({ErrorType}); the gauge keeps its last sample.")]
    private partial void LogFailed(string errorType);
}

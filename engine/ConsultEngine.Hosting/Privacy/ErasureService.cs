using ConsultEngine.Hosting.Startup;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Privacy;

/// <summary>Runs a pass of the erasure job (<see cref="IPersonalData.EraseDueAsync"/>) every <see cref="PrivacyOptions.ErasureInterval"/>.</summary>
internal sealed partial class ErasureService(
    Deferred<IPersonalData> personalData,
    IOptions<ConsultEngineOptions> engineOptions,
    IOptions<PrivacyOptions> options,
    TimeProvider clock,
    ILogger<ErasureService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!engineOptions.Value.RunBackgroundServices || !options.Value.ErasureJob)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var erased = await personalData.Value.EraseDueAsync(clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                if (erased.Count > 0)
                {
                    LogErased(erased.Count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Counts only in the log, never content; the next pass finishes what this one left.
                LogFailed(ex.GetType().Name);
            }

            await Task.Delay(options.Value.ErasureInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased the personal data of {Count} consultation(s) past retention; their aggregated results are kept.")]
    private partial void LogErased(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The erasure pass failed ({Error}); the next pass finishes it.")]
    private partial void LogFailed(string error);
}

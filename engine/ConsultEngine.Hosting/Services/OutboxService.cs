using ConsultEngine.Hosting.Startup;
using ConsultEngine.Runtime.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Services;

/// <summary>Dispatches committed outbox messages; a failed send is retried next round (delivery is at least once).</summary>
internal sealed partial class OutboxService(Deferred<OutboxDispatcher> dispatcher, IOptions<ConsultEngineOptions> options, TimeProvider clock, ILogger<OutboxService> logger) : BackgroundService
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
            var sent = 0;
            try
            {
                sent = await dispatcher.Value.DispatchAsync(settings.BatchSize, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The message stays undispatched and is sent again next round.
                LogFailed(ex);
            }

            if (sent < settings.BatchSize)
            {
                await Task.Delay(settings.OutboxPollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatching the outbox failed; retrying next round.")]
    private partial void LogFailed(Exception exception);
}

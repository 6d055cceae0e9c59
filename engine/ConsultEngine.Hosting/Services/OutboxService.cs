using ConsultEngine.Hosting.Startup;
using ConsultEngine.Runtime.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Services;

/// <summary>
/// Dispatches the due outbox messages (delivery is at least once). Each message fails on its own
/// and is retried with backoff or dead-lettered by the dispatcher; a failure of the store itself
/// only ends the round, and the next round starts after the poll interval.
/// </summary>
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
            var handled = 0;
            try
            {
                var round = await dispatcher.Value.DispatchAsync(settings.BatchSize, stoppingToken).ConfigureAwait(false);
                handled = round.Handled;
                if (round.Retrying > 0 || round.DeadLettered > 0)
                {
                    LogRound(round.Sent, round.Retrying, round.DeadLettered);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store failed: the messages stay where they were and are looked at next round.
                LogFailed(ex.GetType().Name);
            }

            if (handled < settings.BatchSize)
            {
                await Task.Delay(settings.OutboxPollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox round: {Sent} sent, {Retrying} failed and will be retried, {DeadLettered} dead-lettered.")]
    private partial void LogRound(int sent, int retrying, int deadLettered);

    // Only the type: an exception's text may quote a message's address.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatching the outbox failed ({ErrorType}); retrying next round.")]
    private partial void LogFailed(string errorType);
}

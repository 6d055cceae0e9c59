using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.Logging;

namespace ConsultEngine.Hosting.Services;

/// <summary>
/// The default sender when no real one is configured: notes in the log that a message went out,
/// by its kind and ids only. The payload is never logged: it may hold a citizen's address or words.
/// </summary>
internal sealed partial class LoggingOutboxSender(ILogger<LoggingOutboxSender> logger) : IOutboxSender
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        LogMessage(message.Kind, message.Id, message.InstanceId, message.StepId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Kind} {MessageId} for instance {InstanceId}, step {StepId} (no sender configured for it; payload not logged)")]
    private partial void LogMessage(string kind, Guid messageId, Guid instanceId, string? stepId);
}

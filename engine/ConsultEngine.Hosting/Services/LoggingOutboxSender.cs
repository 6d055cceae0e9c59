using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.Logging;

namespace ConsultEngine.Hosting.Services;

/// <summary>The default sender: writes each message to the log. Hosts replace it with mail, SMS or portal delivery.</summary>
internal sealed partial class LoggingOutboxSender(ILogger<LoggingOutboxSender> logger) : IOutboxSender
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        LogMessage(message.Kind, message.InstanceId, message.StepId, message.PayloadJson);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Kind} for instance {InstanceId}, step {StepId}: {Payload}")]
    private partial void LogMessage(string kind, Guid instanceId, string? stepId, string payload);
}

using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Outbox;

/// <summary>
/// Delivers what leaves the process (mail, SMS, a portal notice). It is called only for messages
/// whose advance has committed, at least once per message: a sender that must not deliver twice
/// keys its delivery on <see cref="OutboxMessage.Id"/>.
/// </summary>
public interface IOutboxSender
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

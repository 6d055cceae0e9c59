namespace ConsultEngine.Hosting.Notifications;

/// <summary>Hands letters to a mail server. Throws <see cref="Runtime.Outbox.OutboxDeliveryException"/> with a notification code, permanent or not.</summary>
public interface IEmailTransport
{
    Task SendAsync(IReadOnlyList<EmailLetter> letters, CancellationToken cancellationToken);
}

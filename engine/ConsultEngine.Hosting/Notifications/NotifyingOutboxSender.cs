using ConsultEngine.Hosting.Services;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Hosting.Notifications;

/// <summary>
/// The outbox sender when mail is configured: what stands for emails (<see cref="NotificationLetters"/>)
/// is mailed; anything else (a phone number without a gateway, another kind) goes to the fallback
/// sender, the logging one by default. A message with nobody to mail is done.
/// </summary>
internal sealed class NotifyingOutboxSender(NotificationLetters letters, IEmailTransport email, LoggingOutboxSender fallback) : IOutboxSender
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await letters.LettersAsync(message, cancellationToken).ConfigureAwait(false) is { } mail)
        {
            await email.SendAsync(mail, cancellationToken).ConfigureAwait(false);
            return;
        }

        await fallback.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }
}

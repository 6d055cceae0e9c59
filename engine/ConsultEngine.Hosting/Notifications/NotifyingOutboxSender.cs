using ConsultEngine.Hosting.Notifications.Sms;
using ConsultEngine.Hosting.Services;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Notifications;

/// <summary>
/// The outbox sender when mail or text messages are configured: feedback to a citizen who asked by
/// phone is texted through the gateway (<see cref="SmsLetters"/>, when <see cref="SmsOptions"/> names
/// one, keyed by the message's id); what stands for emails (<see cref="NotificationLetters"/>) is
/// mailed (when <see cref="EmailOptions"/> names a host); anything else goes to the fallback sender,
/// the logging one by default. A message with nobody to mail is done.
/// </summary>
internal sealed class NotifyingOutboxSender(
    NotificationLetters letters,
    IEmailTransport email,
    ISmsTransport sms,
    IOptions<EmailOptions> emailOptions,
    IOptions<SmsOptions> smsOptions,
    LoggingOutboxSender fallback) : IOutboxSender
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (smsOptions.Value.IsConfigured && SmsLetters.Of(message) is { } text)
        {
            using (SmsMessageKey.Use($"{message.Id:N}"))
            {
                await sms.SendAsync(text, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (emailOptions.Value.IsConfigured && await letters.LettersAsync(message, cancellationToken).ConfigureAwait(false) is { } mail)
        {
            await email.SendAsync(mail, cancellationToken).ConfigureAwait(false);
            return;
        }

        await fallback.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }
}

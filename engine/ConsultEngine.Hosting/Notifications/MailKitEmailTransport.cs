using System.Net.Sockets;
using ConsultEngine.Runtime.Outbox;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ConsultEngine.Hosting.Notifications;

/// <summary>
/// Mails letters through the configured SMTP server (MailKit), one connection per outbox message.
/// A 5xx answer refuses a recipient for good: that recipient is skipped when others of the message
/// were taken, and the message is rejected for good (dead-lettered) when none was. An unreachable
/// server, a dropped connection or a 4xx answer is transient: the message is retried with backoff.
/// The exceptions keep no address: only their code and type survive.
/// </summary>
internal sealed class MailKitEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(IReadOnlyList<EmailLetter> letters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letters);
        if (letters.Count == 0)
        {
            return;
        }

        var settings = options.Value;
        // A staff member's malformed address must not keep the others from their mail.
        var messages = letters.Select(letter => Compose(settings, letter)).OfType<MimeMessage>().ToList();
        if (messages.Count == 0)
        {
            throw new OutboxDeliveryException(NotificationCodes.AddressInvalid, permanent: true, "No recipient's address is an email address.");
        }

        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(settings.Host ?? string.Empty, settings.Port, SocketOptions(settings.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            var refused = 0;
            foreach (var message in messages)
            {
                try
                {
                    await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
                }
                catch (SmtpCommandException error) when (IsPermanent(error))
                {
                    refused++;
                    if (refused == messages.Count)
                    {
                        throw new OutboxDeliveryException(NotificationCodes.MailRejected, permanent: true, "The mail server refused every recipient of the message.", error);
                    }
                }
            }

            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException error)
        {
            throw new OutboxDeliveryException(NotificationCodes.MailUnavailable, IsPermanent(error), "The mail server refused the message.", error);
        }
        catch (Exception error) when (error is SmtpProtocolException or ServiceNotConnectedException or SocketException or IOException or AuthenticationException or SslHandshakeException or TimeoutException)
        {
            throw new OutboxDeliveryException(NotificationCodes.MailUnavailable, permanent: false, "The mail server could not be reached.", error);
        }
        finally
        {
            foreach (var message in messages)
            {
                message.Dispose();
            }
        }
    }

    private static MimeMessage? Compose(EmailOptions settings, EmailLetter letter)
    {
        if (!MailboxAddress.TryParse(letter.To, out var to) || string.IsNullOrEmpty(to.Address) || !to.Address.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var message = new MimeMessage
        {
            Subject = letter.Subject,
            Body = new TextPart("plain") { Text = letter.Body },
            // Stable across retries, so a receiving system can tell a repeat from a new message.
            MessageId = $"{letter.Key}@consultengine",
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(to);
        return message;
    }

    private static bool IsPermanent(SmtpCommandException error) => (int)error.StatusCode >= 500;

    private static SecureSocketOptions SocketOptions(EmailSecurity security) => security switch
    {
        EmailSecurity.None => SecureSocketOptions.None,
        EmailSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        EmailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}

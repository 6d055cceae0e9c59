using System.Security.Cryptography;
using System.Text.Json;
using ConsultEngine.Hosting.Notifications.Sms;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Hosting.Verification;

/// <summary>
/// Delivers the one-time codes (<see cref="SmsCodeVerifier.OutboxKind"/>) through the installation's
/// <see cref="ISmsTransport"/> and erases the sealed payload once it is delivered; every other message goes
/// to the sender it decorates. A code whose payload was erased already (delivered, then the dispatcher
/// stopped before it marked it sent) is done.
/// </summary>
internal sealed class SmsCodeOutboxSender(IOutboxSender inner, VerificationSeal seal, IOutboxLedger ledger, IServiceProvider services) : IOutboxSender
{
    /// <summary>What an erased payload holds.</summary>
    public const string Erased = """{"erased":true}""";

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!string.Equals(message.Kind, SmsCodeVerifier.OutboxKind, StringComparison.Ordinal))
        {
            await inner.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return;
        }

        Notifications.Sms.SmsLetter? letter;
        try
        {
            letter = seal.Open(message.PayloadJson);
        }
        catch (Exception unreadable) when (unreadable is CryptographicException or JsonException or FormatException)
        {
            throw new OutboxDeliveryException(VerificationCodes.SealBroken, permanent: true, "The code's message cannot be opened with this installation's key.", unreadable);
        }

        if (letter is null)
        {
            return;
        }

        var transport = SmsGateway.Of(services)
            ?? throw new OutboxDeliveryException(VerificationCodes.NoSmsGateway, permanent: true, "No SMS gateway is configured.");
        using (SmsMessageKey.Use(message.Id.ToString("N")))
        {
            await transport.SendAsync(letter, cancellationToken).ConfigureAwait(false);
        }

        await ledger.ReplacePayloadAsync(message.Id, Erased, CancellationToken.None).ConfigureAwait(false);
    }
}

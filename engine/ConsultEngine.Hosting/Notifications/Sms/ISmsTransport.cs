namespace ConsultEngine.Hosting.Notifications.Sms;

/// <summary>
/// Sends one short text message to one Vietnamese mobile number: an SMS gateway, a Zalo ZNS gateway,
/// or a test stub. A transport that cannot deliver throws
/// <see cref="Runtime.Outbox.OutboxDeliveryException"/> with its code (permanent when retrying cannot help).
/// </summary>
public interface ISmsTransport
{
    Task SendAsync(SmsLetter letter, CancellationToken cancellationToken);
}

/// <summary>One text message: the number in its normalised form (<c>0</c> and nine digits) and the text.</summary>
public sealed record SmsLetter(string To, string Text);

namespace ConsultEngine.Hosting.Notifications.Sms;

/// <summary>
/// The idempotency key of the text message being sent, set around a call to
/// <see cref="ISmsTransport.SendAsync"/> by the sender that knows it (the outbox message's id), since
/// <see cref="SmsLetter"/> carries only the number and the text. The HTTP gateway transport sends it as
/// <c>messageId</c> and <c>Idempotency-Key</c>; without one it makes a new key for each call.
/// </summary>
public static class SmsMessageKey
{
    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The key of the message being sent in this flow, if a sender set one.</summary>
    public static string? Current => Ambient.Value;

    /// <summary>Sets the key until the result is disposed: <c>using (SmsMessageKey.Use(id)) await sms.SendAsync(letter, token);</c></summary>
    public static IDisposable Use(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var previous = Ambient.Value;
        Ambient.Value = key;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ConsultEngine.Hosting.Notifications.Sms;

namespace ConsultEngine.Web.Tests.Verification;

/// <summary>An SMS gateway that keeps the letters it was given, to read the codes back.</summary>
public sealed partial class RecordingSms : ISmsTransport
{
    public ConcurrentQueue<SmsLetter> Letters { get; } = new();

    public Task SendAsync(SmsLetter letter, CancellationToken cancellationToken)
    {
        Letters.Enqueue(letter);
        return Task.CompletedTask;
    }

    /// <summary>The code of the last letter sent to <paramref name="number"/> (normalised: 0 and nine digits).</summary>
    public string LastCodeTo(string number)
    {
        var letter = Letters.LastOrDefault(l => l.To == number) ?? throw new InvalidOperationException("No letter was sent to the number.");
        return SixDigits().Match(letter.Text).Value;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}

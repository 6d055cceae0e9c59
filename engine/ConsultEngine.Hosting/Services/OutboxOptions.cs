using ConsultEngine.Runtime.Outbox;

namespace ConsultEngine.Hosting.Services;

/// <summary>How failed outbox messages are retried, bound from <see cref="SectionName"/> (see <see cref="OutboxRetryPolicy"/>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "ConsultEngine:Outbox";

    /// <summary>Attempts before a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; each later one doubles it.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The fraction (0–1) each wait is spread by, so that messages failing together do not retry together.</summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>The longest one send may take before it counts as failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public OutboxRetryPolicy ToPolicy() => new()
    {
        MaxAttempts = Math.Max(1, MaxAttempts),
        BaseDelay = BaseDelay < TimeSpan.Zero ? TimeSpan.Zero : BaseDelay,
        MaxDelay = MaxDelay < BaseDelay ? BaseDelay : MaxDelay,
        Jitter = Math.Clamp(Jitter, 0, 1),
        SendTimeout = SendTimeout <= TimeSpan.Zero ? TimeSpan.FromSeconds(30) : SendTimeout,
    };
}

namespace ConsultEngine.Hosting.Notifications.Sms;

/// <summary>
/// The HTTP gateway text messages to citizens go through, bound from <see cref="SectionName"/>.
/// Without a <see cref="BaseUrl"/> no text message is sent and the logging sender stays in place.
/// The gateway's request shape is documented in the README ("SMS and Zalo"): a province puts an
/// adapter in front of its telco's brand-name SMS or its Zalo ZNS provider.
/// </summary>
public sealed class SmsOptions
{
    public const string SectionName = "ConsultEngine:Notifications:Sms";

    /// <summary>The gateway's address (e.g. <c>https://sms-gateway.hdnd.example.gov.vn</c>).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The path messages are posted to, relative to <see cref="BaseUrl"/>.</summary>
    public string Path { get; set; } = "/messages";

    /// <summary>The key the gateway expects; no credential is sent when empty.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The header that carries <see cref="ApiKey"/> (<c>Authorization</c>, or e.g. <c>X-Api-Key</c>).</summary>
    public string ApiKeyHeader { get; set; } = "Authorization";

    /// <summary>The scheme put before the key in the <c>Authorization</c> header; the key alone when empty or with another header.</summary>
    public string ApiKeyScheme { get; set; } = "Bearer";

    /// <summary>The registered brand name (SMS) or Zalo Official Account the message is sent as.</summary>
    public string Sender { get; set; } = "HDND";

    public SmsChannel Channel { get; set; } = SmsChannel.Sms;

    /// <summary>The approved ZNS template the gateway fills with the text; required for <see cref="SmsChannel.Zalo"/>.</summary>
    public string? TemplateId { get; set; }

    /// <summary>
    /// The longest one attempt may take; a slower gateway counts as a transient failure. Keep every
    /// attempt and its waits within the outbox's send timeout (30 s by default: 3 × 8 s and the delays fit).
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Quick retries of one send after a transient failure (5xx, 408, 429, a timeout, no connection), before the outbox's own backoff takes over.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The wait before the first quick retry; it doubles for the next one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);
}

/// <summary>What the gateway delivers a message as.</summary>
public enum SmsChannel
{
    /// <summary>A brand-name SMS through a telco.</summary>
    Sms,

    /// <summary>A Zalo notification (ZNS) through an approved template.</summary>
    Zalo,
}

namespace ConsultEngine.Hosting.Notifications;

/// <summary>
/// The SMTP server notifications are mailed through, bound from <see cref="SectionName"/>. Without a
/// <see cref="Host"/> no mail is sent and the logging sender stays in place.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "ConsultEngine:Notifications:Email";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public EmailSecurity Security { get; set; } = EmailSecurity.StartTls;

    /// <summary>The account to authenticate with; none when empty.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address (e.g. <c>thongbao@hdnd.example.gov.vn</c>); required when a host is set.</summary>
    public string FromAddress { get; set; } = string.Empty;

    public string FromName { get; set; } = "Hội đồng nhân dân";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum EmailSecurity
{
    /// <summary>Plain text (a relay on the same machine or network only).</summary>
    None,

    /// <summary>STARTTLS, required.</summary>
    StartTls,

    /// <summary>STARTTLS when the server offers it.</summary>
    StartTlsWhenAvailable,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

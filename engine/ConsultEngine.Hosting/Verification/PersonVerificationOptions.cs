namespace ConsultEngine.Hosting.Verification;

/// <summary>The limits of one-time codes (section <c>ConsultEngine:PersonVerification</c>).</summary>
public sealed class PersonVerificationOptions
{
    public const string SectionName = "ConsultEngine:PersonVerification";

    /// <summary>How long a code may be used.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong codes before a code is locked.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Codes sent to one number within an hour (in one step).</summary>
    public int CodesPerNumberPerHour { get; set; } = 3;

    /// <summary>Codes asked from one client (address) within an hour, whatever the number.</summary>
    public int CodesPerClientPerHour { get; set; } = 10;
}

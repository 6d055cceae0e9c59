namespace ConsultEngine.Hosting.Privacy;

/// <summary>Settings of personal data retention, bound from <see cref="SectionName"/>.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "ConsultEngine:Privacy";

    /// <summary>Months after a consultation closes that its personal data is kept, unless staff set its own period.</summary>
    public int RetentionMonths { get; set; } = 24;

    /// <summary>How often the erasure job looks for consultations past retention.</summary>
    public TimeSpan ErasureInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Whether the erasure job runs in this host (one node of several may be enough; it is idempotent either way).</summary>
    public bool ErasureJob { get; set; } = true;
}

namespace ConsultEngine.Hosting.Feedback;

/// <summary>Settings of feedback to citizens, bound from <see cref="SectionName"/>.</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "ConsultEngine:Feedback";

    /// <summary>The public address of the portal (e.g. <c>https://hdnd.example.gov.vn</c>) the results link in a message starts with; empty gives a path.</summary>
    public string PortalBaseUrl { get; set; } = string.Empty;
}

namespace ConsultEngine.Persistence.Feedback;

/// <summary>How a citizen asked to be told the outcome.</summary>
public enum FeedbackChannel
{
    Email,
    Phone,
}

/// <summary>
/// A citizen's request to be told the outcome of a consultation. It is kept apart from the opinion:
/// it names the consultation and the step the citizen answered, never the input, so the opinion
/// cannot be traced to the contact. It is deleted once the feedback message is queued.
/// </summary>
/// <param name="Contact">A normalised email address (lower case) or mobile number (<c>0</c> and 9 digits).</param>
/// <param name="CreatedAt">The day (at midnight UTC) the request was made; no finer, so it cannot be matched to the input by time.</param>
/// <param name="Token">A random token that lets the citizen withdraw the request.</param>
public sealed record FeedbackSubscription(Guid Id, Guid InstanceId, string StepId, FeedbackChannel Channel, string Contact, string Language, DateTimeOffset CreatedAt, string Token);

/// <summary>What is kept once the feedback of a step was queued: how many were told, by channel (no contact).</summary>
public sealed record FeedbackDelivery(Guid InstanceId, string StepId, int Emails, int Phones, DateTimeOffset QueuedAt)
{
    public int Total => Emails + Phones;
}

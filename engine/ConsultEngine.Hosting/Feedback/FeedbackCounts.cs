using ConsultEngine.Persistence.Feedback;

namespace ConsultEngine.Hosting.Feedback;

/// <summary>What staff may see of the requests to be told the outcome: counts by channel, never a contact.</summary>
/// <param name="WaitingEmails">Requests by email still waiting for the feedback.</param>
/// <param name="WaitingPhones">Requests by phone still waiting for the feedback.</param>
/// <param name="Deliveries">The counts kept each time feedback was queued, oldest first.</param>
public sealed record FeedbackCounts(int WaitingEmails, int WaitingPhones, IReadOnlyList<FeedbackDelivery> Deliveries)
{
    public int Waiting => WaitingEmails + WaitingPhones;

    public int QueuedEmails => Deliveries.Sum(d => d.Emails);

    public int QueuedPhones => Deliveries.Sum(d => d.Phones);
}

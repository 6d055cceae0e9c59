using System.Text.Json;
using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Hosting.Notifications.Sms;

/// <summary>
/// The text message an outbox message stands for: feedback to a citizen who asked by phone (queued by
/// a notify step marked <c>"notifies": "subscribers"</c>) is texted to that number, in the citizen's
/// language with the results page's address. <see langword="null"/> means the message is not a text
/// message (an email, a staff notification, another kind).
/// </summary>
internal static class SmsLetters
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SmsLetter? Of(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind != FeedbackMessage.Kind)
        {
            return null;
        }

        FeedbackMessage? feedback;
        try
        {
            feedback = JsonSerializer.Deserialize<FeedbackMessage>(message.PayloadJson, Json);
        }
        catch (JsonException error)
        {
            throw new OutboxDeliveryException(NotificationCodes.PayloadUnreadable, permanent: true, $"The payload of a {message.Kind} message cannot be read.", error);
        }

        return feedback is { Channel: "phone" } ? new SmsLetter(feedback.Address ?? string.Empty, feedback.Text ?? string.Empty) : null;
    }
}

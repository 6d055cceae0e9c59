using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Persistence.Feedback;

namespace ConsultEngine.Hosting.Feedback;

/// <summary>
/// The outbox payload (kind <see cref="Kind"/>) that tells one citizen the results are published:
/// where to send it and the text in the citizen's language with the results page's address. The
/// email and SMS senders read it; the message id is the subscription's, so a sender keys on it.
/// </summary>
public sealed record FeedbackMessage(
    string Channel,
    string Address,
    string Language,
    string Subject,
    string Text,
    string ResultsUrl)
{
    public const string Kind = "feedback";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The results page of a consultation on the portal.</summary>
    public static string ResultsUrlOf(string portalBaseUrl, Guid instanceId) =>
        $"{(portalBaseUrl ?? string.Empty).TrimEnd('/')}/consultations/{instanceId}/results";

    public static FeedbackMessage For(FeedbackSubscription subscription, string consultationTitle, string resultsUrl)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var english = subscription.Language == "en";
        var subject = english ? $"Results of the consultation: {consultationTitle}" : $"Kết quả tham vấn: {consultationTitle}";
        var text = english
            ? $"The People's Council thanks you for giving your views on \"{consultationTitle}\". The results, the views taken on board and what they led to are published at {resultsUrl}"
            : $"HĐND trân trọng cảm ơn Quý vị đã đóng góp ý kiến về \"{consultationTitle}\". Kết quả tham vấn, các ý kiến được tiếp thu và những thay đổi từ các ý kiến đó được công bố tại {resultsUrl}";
        return new FeedbackMessage(subscription.Channel == FeedbackChannel.Email ? "email" : "phone", subscription.Contact, subscription.Language, subject, text, resultsUrl);
    }

    /// <summary>The title the message names: the consultation's own, else its definition's.</summary>
    public static string TitleOf(string? instanceTitle, ProcessDefinition definition, string language)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return !string.IsNullOrWhiteSpace(instanceTitle) ? instanceTitle : definition.Title?.Get(language) ?? definition.Id;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

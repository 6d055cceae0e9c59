using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Hosting.Notifications;

/// <summary>
/// The emails an outbox message stands for. Feedback to a citizen who asked by email goes to that
/// citizen; a notify step's notification goes to the staff of its audience (when the audience is a
/// role of the definition) or else of the step's role; an escalation goes to the staff of the
/// overdue step's role. <see langword="null"/> means the message is not an email (a phone number,
/// a kind no mail is sent for); an empty list, that nobody is to be mailed.
/// </summary>
internal sealed class NotificationLetters(IInstanceStore instances, IDefinitionCatalog definitions, IStaffDirectory staff)
{
    public const string NotificationKind = "notification";

    public const string EscalationKind = "escalation";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<EmailLetter>?> LettersAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return message.Kind switch
            {
                FeedbackMessage.Kind => Feedback(message),
                NotificationKind => await StaffAsync(message, escalation: false, cancellationToken).ConfigureAwait(false),
                EscalationKind => await StaffAsync(message, escalation: true, cancellationToken).ConfigureAwait(false),
                _ => null,
            };
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            throw new OutboxDeliveryException(NotificationCodes.PayloadUnreadable, permanent: true, $"The payload of a {message.Kind} message cannot be read.", error);
        }
    }

    private static List<EmailLetter>? Feedback(OutboxMessage message)
    {
        var feedback = JsonSerializer.Deserialize<FeedbackMessage>(message.PayloadJson, Json)
            ?? throw new JsonException("The feedback payload is empty.");
        return feedback.Channel == "email" ? [new EmailLetter(feedback.Address, feedback.Subject, feedback.Text, $"{message.Id:N}")] : null;
    }

    private async Task<List<EmailLetter>> StaffAsync(OutboxMessage message, bool escalation, CancellationToken cancellationToken)
    {
        var payload = JsonNode.Parse(message.PayloadJson) as JsonObject ?? throw new JsonException("The payload is not an object.");
        var instance = await instances.FindInstanceAsync(message.InstanceId, cancellationToken).ConfigureAwait(false);
        var definition = instance is null ? null : definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        var step = definition?.AllSteps().FirstOrDefault(s => s.Id == message.StepId);
        var role = escalation ? payload["role"]?.GetValue<string>() : AudienceRole(payload, definition) ?? step?.Role;
        if (string.IsNullOrWhiteSpace(role))
        {
            return [];
        }

        var addresses = await staff.EmailsForRoleAsync(role, cancellationToken).ConfigureAwait(false);
        var consultation = instance?.Title is { Length: > 0 } title ? title : definition?.Title?.Get("vi") ?? instance?.DefinitionId ?? string.Empty;
        var stepTitle = step?.Title;
        var (subject, body) = escalation ? Escalation(consultation, stepTitle, message.StepId, payload) : Notification(consultation, stepTitle, message.StepId, payload);
        return [.. addresses.Distinct(StringComparer.OrdinalIgnoreCase).Select((address, i) => new EmailLetter(address, subject, body, $"{message.Id:N}.{i}"))];
    }

    /// <summary>The notify step's audience when it names a role of the definition (<c>"executive"</c>), else none.</summary>
    private static string? AudienceRole(JsonObject payload, ProcessDefinition? definition)
    {
        var audience = payload["config"]?["audience"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        return audience is not null && definition?.Roles.Any(r => r.Id == audience) == true ? audience : null;
    }

    private static (string Subject, string Body) Notification(string consultation, LocalizedText? stepTitle, string? stepId, JsonObject payload)
    {
        var text = payload["config"]?["message"];
        var vi = Text(text, "vi");
        var en = Text(text, "en");
        var subject = $"{consultation}: {stepTitle?.Get("vi") ?? stepId}";
        var body = $"{vi}\n\nĐợt tham vấn: {consultation}\nBước: {stepTitle?.Get("vi") ?? stepId}\n\n---\n{(string.IsNullOrEmpty(en) ? vi : en)}\n\nConsultation: {consultation}\nStep: {stepTitle?.Get("en") ?? stepId}\n";
        return (subject, body);
    }

    private static (string Subject, string Body) Escalation(string consultation, LocalizedText? stepTitle, string? stepId, JsonObject payload)
    {
        var due = payload["due"]?.GetValue<DateTimeOffset>();
        var dueText = due?.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        var subject = $"Quá hạn / Overdue: {stepTitle?.Get("vi") ?? stepId} ({consultation})";
        var body = $"Bước \"{stepTitle?.Get("vi") ?? stepId}\" của đợt tham vấn \"{consultation}\" đã quá hạn ({dueText}) và đang chờ xử lý.\n\n---\n"
            + $"The step \"{stepTitle?.Get("en") ?? stepId}\" of the consultation \"{consultation}\" is overdue (due {dueText}) and is still waiting.\n";
        return (subject, body);
    }

    private static string Text(JsonNode? text, string language) => text switch
    {
        JsonValue value when value.TryGetValue<string>(out var plain) => plain,
        JsonObject localized => localized[language] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty,
        _ => string.Empty,
    };
}

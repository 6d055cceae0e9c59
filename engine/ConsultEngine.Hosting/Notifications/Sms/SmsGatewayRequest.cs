using System.Text.Json.Serialization;

namespace ConsultEngine.Hosting.Notifications.Sms;

/// <summary>
/// The JSON body posted to the gateway: <c>{"to", "text", "sender", "channel", "templateId"?, "messageId"}</c>.
/// <see cref="MessageId"/> is the same on every retry of one message (also sent as the
/// <c>Idempotency-Key</c> header), so a gateway that has seen it answers 2xx without sending again.
/// </summary>
/// <param name="To">The mobile number, <c>0</c> and nine digits.</param>
/// <param name="Text">The message in the citizen's language (Vietnamese with its diacritics, or English).</param>
/// <param name="Sender">The brand name or Zalo Official Account.</param>
/// <param name="Channel"><c>sms</c> or <c>zalo</c>.</param>
/// <param name="TemplateId">The ZNS template, for <c>zalo</c>; absent otherwise.</param>
/// <param name="MessageId">The idempotency key: the outbox message's id (32 hex digits).</param>
internal sealed record SmsGatewayRequest(
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("sender")] string Sender,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("templateId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TemplateId,
    [property: JsonPropertyName("messageId")] string MessageId);

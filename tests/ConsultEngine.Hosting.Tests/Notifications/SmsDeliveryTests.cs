using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Hosting.Notifications;
using ConsultEngine.Hosting.Notifications.Sms;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Hosting.Tests.Notifications;

/// <summary>
/// Text messages really delivered: feedback to citizens who asked by phone reaches an HTTP gateway on
/// 127.0.0.1 as the documented JSON, keyed by the outbox message; without a gateway nothing changes.
/// </summary>
public sealed class SmsDeliveryTests
{
    private const string Number = SmsOutbox.Number;

    private static readonly TimeSpan Patience = SmsOutbox.Patience;

    [Fact]
    public async Task FeedbackToAPhoneSubscriber_ReachesTheGateway_AsTheDocumentedJson_KeyedByTheMessageId()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        await using var host = SmsNotificationHost.Build(gateway);
        var ids = await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback(Number, "HĐND trân trọng cảm ơn Quý vị"));

        var round = await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(10);

        Assert.Equal(new OutboxRound(1, 0, 0), round);
        var call = Assert.Single(gateway.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v1/messages", call.Path);
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
        Assert.Equal($"Bearer {SmsNotificationHost.ApiKey}", call.Authorization);
        Assert.Equal($"{ids[0]:N}", call.IdempotencyKey);
        Assert.Equal(["to", "text", "sender", "channel", "messageId"], call.Body.Select(p => p.Key));
        Assert.Equal(Number, call.To);
        Assert.Equal("HĐND trân trọng cảm ơn Quý vị", call.Body["text"]!.GetValue<string>());
        Assert.Equal("HDND-TINH", call.Body["sender"]!.GetValue<string>());
        Assert.Equal("sms", call.Body["channel"]!.GetValue<string>());
        Assert.Equal($"{ids[0]:N}", call.MessageId);
    }

    [Fact]
    public async Task TheZaloChannel_NamesItsTemplate_AndAnotherKeyHeaderCarriesTheKeyAlone()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        await using var host = SmsNotificationHost.Build(gateway, o =>
        {
            o.Channel = SmsChannel.Zalo;
            o.TemplateId = "248113";
            o.ApiKeyHeader = "X-Api-Key";
        });
        await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback(Number, "Kết quả đã công bố"));

        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(10);

        var call = Assert.Single(gateway.Accepted);
        Assert.Equal("zalo", call.Body["channel"]!.GetValue<string>());
        Assert.Equal("248113", call.Body["templateId"]!.GetValue<string>());
        Assert.Equal(SmsNotificationHost.ApiKey, call.ApiKey);
        Assert.Empty(call.Authorization);
    }

    [Fact]
    public async Task ANotifyStepToSubscribers_TextsTheCitizenWhoAskedByPhone()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        await using var host = SmsNotificationHost.Build(gateway);
        await host.StartAsync();
        var engine = host.Services.GetRequiredService<ProcessEngine>();
        var instance = await engine.StartAsync("test.tell-voters", 1, title: "Dự thảo nghị quyết học phí");
        await host.Services.GetRequiredService<IFeedbackSubscriptions>()
            .SubscribeAsync(instance.Id, "collect", new NotifyContact(FeedbackChannel.Phone, Number, "vi"));

        await engine.CompleteStepAsync(instance.Id, "collect", new StepCompletion("van-phong"));

        var call = await gateway.WaitForAsync(c => c.To == Number, Patience);
        var text = call.Body["text"]!.GetValue<string>();
        Assert.Contains("Dự thảo nghị quyết học phí", text, StringComparison.Ordinal);
        Assert.Contains($"/consultations/{instance.Id}/results", text, StringComparison.Ordinal);
        Assert.Equal("sms", call.Body["channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFeedbackWhoseNumberIsMalformed_IsDeadLetteredWithItsCode_WithoutCallingTheGateway()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        await using var host = SmsNotificationHost.Build(gateway);
        var ids = await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback("+8491234", "Cảm ơn Quý vị"));

        var round = await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(10);

        Assert.Equal(new OutboxRound(0, 0, 1), round);
        Assert.Empty(gateway.Calls);
        var dead = await host.Services.GetRequiredService<IOutboxLedger>().FindMessageAsync(ids[0]);
        Assert.StartsWith(NotificationCodes.SmsNumberInvalid, dead!.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAGateway_APhoneFeedbackGoesToTheLoggingSender_WithoutItsNumber()
    {
        await using var smtp = new SmtpTestServer();
        await using var host = SmsNotificationHost.WithoutGateway(smtp);
        var ids = await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback(Number, "Ý kiến riêng"));

        var round = await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(10);

        Assert.Equal(new OutboxRound(1, 0, 0), round);
        Assert.Empty(smtp.Received);
        Assert.Contains(host.Logs.Lines, l => l.Contains("LoggingOutboxSender", StringComparison.Ordinal) && l.Contains(ids[0].ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(Number, StringComparison.Ordinal) || l.Contains("Ý kiến riêng", StringComparison.Ordinal));
    }
}

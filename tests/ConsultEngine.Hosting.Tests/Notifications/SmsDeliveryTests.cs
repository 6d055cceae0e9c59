using System.Net;
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
/// 127.0.0.1 as the documented JSON, through refusals and hangs; a number refused for good blocks
/// nothing; and no log line ever holds the number or the text.
/// </summary>
public sealed class SmsDeliveryTests
{
    private const string Number = "0912345678";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task FeedbackToAPhoneSubscriber_ReachesTheGateway_AsTheDocumentedJson_KeyedByTheMessageId()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        await using var host = SmsNotificationHost.Build(gateway);
        var ids = await QueueAsync(host, Feedback(Number, "HĐND trân trọng cảm ơn Quý vị"));

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
        await QueueAsync(host, Feedback(Number, "Kết quả đã công bố"));

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
    public async Task ATextMessage_IsDelivered_AfterTheGatewayRefusedTheFirstAttempts()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        // One outbox attempt is two requests (one quick retry): 503, 503 | 503, 503 | 503, 202.
        gateway.FailNext(5);
        await using var host = SmsNotificationHost.Build(gateway);
        var ledger = host.Services.GetRequiredService<IOutboxLedger>();
        var ids = await QueueAsync(host, Feedback(Number, "Cảm ơn Quý vị"));

        await host.StartAsync();

        await gateway.WaitForAsync(c => c.To == Number, Patience);
        Assert.Equal(5, gateway.TurnedAway);
        Assert.Equal(6, gateway.Calls.Count);
        Assert.All(gateway.Calls, c => Assert.Equal($"{ids[0]:N}", c.MessageId));
        var sent = await DispatchedAsync(ledger, ids[0]);
        Assert.Equal(3, sent.Attempts);
        Assert.StartsWith(NotificationCodes.SmsUnavailable, sent.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAttemptThatHangs_TimesOut_AndTheQuickRetryDelivers()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        gateway.HangNext(1);
        await using var host = SmsNotificationHost.Build(gateway, o => o.Timeout = TimeSpan.FromMilliseconds(500));
        await QueueAsync(host, Feedback(Number, "Cảm ơn Quý vị"));

        var round = await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(10);

        Assert.Equal(new OutboxRound(1, 0, 0), round);
        Assert.Equal(1, gateway.Hung);
        Assert.Equal(2, gateway.Calls.Count);
        Assert.Single(gateway.Accepted);
    }

    [Fact]
    public async Task AGatewayThatHangsThroughTheQuickRetries_LeavesTheMessageToTheOutboxBackoff_WhichDeliversItLater()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        gateway.HangNext(2);
        await using var host = SmsNotificationHost.Build(gateway, o => o.Timeout = TimeSpan.FromMilliseconds(300));
        var ids = await QueueAsync(host, Feedback(Number, "Cảm ơn Quý vị"));
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        var ledger = host.Services.GetRequiredService<IOutboxLedger>();

        var first = await dispatcher.DispatchAsync(10);
        var waiting = await ledger.FindMessageAsync(ids[0]);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var second = await dispatcher.DispatchAsync(10);

        Assert.Equal(new OutboxRound(0, 1, 0), first);
        Assert.Equal($"{NotificationCodes.SmsUnavailable} TimeoutRejectedException", waiting!.LastError);
        Assert.Null(waiting.DeadAt);
        Assert.Equal(new OutboxRound(1, 0, 0), second);
        Assert.Equal(2, gateway.Hung);
        Assert.Single(gateway.Accepted);
    }

    [Fact]
    public async Task ANumberTheGatewayRefusesForGood_IsDeadLetteredAtOnce_WhileTheNextIsDeliveredInTheSameRound()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        gateway.RefuseForever("0900000400");
        await using var host = SmsNotificationHost.Build(gateway, maxAttempts: 50);
        var ids = await QueueAsync(host, Feedback("0900000400", "Cảm ơn Quý vị"), Feedback(Number, "Cảm ơn Quý vị"));

        var round = await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(10);

        Assert.Equal(new OutboxRound(1, 0, 1), round);
        Assert.Single(gateway.Calls, c => c.To == "0900000400");
        Assert.Equal(Number, Assert.Single(gateway.Accepted).To);
        var dead = await host.Services.GetRequiredService<IOutboxLedger>().FindMessageAsync(ids[0]);
        Assert.NotNull(dead!.DeadAt);
        Assert.Equal(1, dead.Attempts);
        Assert.Equal($"{NotificationCodes.SmsRejected} HttpRequestException", dead.LastError);
    }

    [Fact]
    public async Task AFeedbackWhoseNumberIsMalformed_IsDeadLetteredWithItsCode_WithoutCallingTheGateway()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        await using var host = SmsNotificationHost.Build(gateway);
        var ids = await QueueAsync(host, Feedback("+8491234", "Cảm ơn Quý vị"));

        var round = await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(10);

        Assert.Equal(new OutboxRound(0, 0, 1), round);
        Assert.Empty(gateway.Calls);
        var dead = await host.Services.GetRequiredService<IOutboxLedger>().FindMessageAsync(ids[0]);
        Assert.StartsWith(NotificationCodes.SmsNumberInvalid, dead!.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingLogged_HoldsANumberOrAText_WhateverTheGatewayAnswers()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        gateway.RefuseForever("0900000400");
        gateway.FailNext(1);
        await using var host = SmsNotificationHost.Build(gateway, o => o.Timeout = TimeSpan.FromMilliseconds(300));
        await QueueAsync(host, Feedback("0900000400", "Ý kiến riêng một"), Feedback(Number, "Ý kiến riêng hai"), Feedback("0987654321", "Ý kiến riêng ba"));
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchAsync(10);
        gateway.HangNext(2);
        await QueueAsync(host, Feedback("0977777777", "Ý kiến riêng bốn"));
        await dispatcher.DispatchAsync(10);

        Assert.Contains(host.Logs.Lines, l => l.Contains(NotificationCodes.SmsRejected, StringComparison.Ordinal) && l.Contains("400", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Contains(NotificationCodes.SmsUnavailable, StringComparison.Ordinal));
        foreach (var secret in new[] { "0900000400", Number, "0987654321", "0977777777", "912345678", "Ý kiến riêng", SmsNotificationHost.ApiKey })
        {
            Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task WithoutAGateway_APhoneFeedbackGoesToTheLoggingSender_WithoutItsNumber()
    {
        await using var smtp = new SmtpTestServer();
        await using var host = SmsNotificationHost.WithoutGateway(smtp);
        var ids = await QueueAsync(host, Feedback(Number, "Ý kiến riêng"));

        var round = await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(10);

        Assert.Equal(new OutboxRound(1, 0, 0), round);
        Assert.Empty(smtp.Received);
        Assert.Contains(host.Logs.Lines, l => l.Contains("LoggingOutboxSender", StringComparison.Ordinal) && l.Contains(ids[0].ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(Number, StringComparison.Ordinal) || l.Contains("Ý kiến riêng", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, true)]
    [InlineData(HttpStatusCode.Unauthorized, true)]
    [InlineData(HttpStatusCode.Forbidden, true)]
    [InlineData(HttpStatusCode.NotFound, true)]
    [InlineData(HttpStatusCode.UnprocessableEntity, true)]
    [InlineData(HttpStatusCode.RequestTimeout, false)]
    [InlineData(HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.BadGateway, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, false)]
    public void AGatewayAnswer_IsPermanent_OnlyForA4xxOtherThanTimeoutAndTooMany(HttpStatusCode status, bool permanent) =>
        Assert.Equal(permanent, HttpSmsTransport.IsPermanent(status));

    private static (string Kind, string Payload) Feedback(string number, string text) =>
        (FeedbackMessage.Kind, new FeedbackMessage("phone", number, "vi", "Kết quả tham vấn", text, "/consultations/x/results").ToJson());

    /// <summary>Commits an instance with the given outbox messages, one millisecond apart in that order, and returns their ids.</summary>
    private static async Task<Guid[]> QueueAsync(SmsNotificationHost host, params (string Kind, string Payload)[] messages)
    {
        await host.Services.InitializeConsultEngineAsync();
        var store = host.Services.GetRequiredService<IInstanceStore>();
        var id = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddMinutes(-1);
        var outbox = messages.Select((m, i) => new OutboxMessage(Guid.NewGuid(), id, "tell-voters", m.Kind, m.Payload, at.AddMilliseconds(i))).ToList();
        await store.CommitAsync(new ChangeSet
        {
            Instance = new InstanceRecord { Id = id, DefinitionId = "test.tell-voters", DefinitionVersion = 1, Status = InstanceStatus.Running, CreatedAt = at, UpdatedAt = at, Revision = 1 },
            Outbox = outbox,
        });
        return [.. outbox.Select(m => m.Id)];
    }

    private static async Task<OutboxMessage> DispatchedAsync(IOutboxLedger ledger, Guid id)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await ledger.FindMessageAsync(id) is { DispatchedAt: not null } sent)
            {
                return sent;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The message was not marked sent.");
    }
}

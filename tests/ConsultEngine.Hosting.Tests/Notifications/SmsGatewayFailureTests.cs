using System.Net;
using ConsultEngine.Hosting.Notifications;
using ConsultEngine.Hosting.Notifications.Sms;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Hosting.Tests.Notifications;

/// <summary>
/// The gateway failing: refusals and hangs are retried (quickly, then by the outbox's backoff), a number
/// refused for good blocks nothing, and no log line ever holds a number or a text.
/// </summary>
public sealed class SmsGatewayFailureTests
{
    private const string Number = SmsOutbox.Number;

    private static readonly TimeSpan Patience = SmsOutbox.Patience;

    [Fact]
    public async Task ATextMessage_IsDelivered_AfterTheGatewayRefusedTheFirstAttempts()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        // One outbox attempt is two requests (one quick retry): 503, 503 | 503, 503 | 503, 202.
        gateway.FailNext(5);
        await using var host = SmsNotificationHost.Build(gateway);
        var ledger = host.Services.GetRequiredService<IOutboxLedger>();
        var ids = await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback(Number, "Cảm ơn Quý vị"));

        await host.StartAsync();

        await gateway.WaitForAsync(c => c.To == Number, Patience);
        Assert.Equal(5, gateway.TurnedAway);
        Assert.Equal(6, gateway.Calls.Count);
        Assert.All(gateway.Calls, c => Assert.Equal($"{ids[0]:N}", c.MessageId));
        var sent = await SmsOutbox.DispatchedAsync(ledger, ids[0]);
        Assert.Equal(3, sent.Attempts);
        Assert.StartsWith(NotificationCodes.SmsUnavailable, sent.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAttemptThatHangs_TimesOut_AndTheQuickRetryDelivers()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        gateway.HangNext(1);
        await using var host = SmsNotificationHost.Build(gateway, o => o.Timeout = TimeSpan.FromMilliseconds(500));
        await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback(Number, "Cảm ơn Quý vị"));

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
        var ids = await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback(Number, "Cảm ơn Quý vị"));
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
        var ids = await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback("0900000400", "Cảm ơn Quý vị"), SmsOutbox.Feedback(Number, "Cảm ơn Quý vị"));

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
    public async Task NothingLogged_HoldsANumberOrAText_WhateverTheGatewayAnswers()
    {
        await using var gateway = await SmsGatewayStub.StartAsync();
        gateway.RefuseForever("0900000400");
        gateway.FailNext(1);
        await using var host = SmsNotificationHost.Build(gateway, o => o.Timeout = TimeSpan.FromMilliseconds(300));
        await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback("0900000400", "Ý kiến riêng một"), SmsOutbox.Feedback(Number, "Ý kiến riêng hai"), SmsOutbox.Feedback("0987654321", "Ý kiến riêng ba"));
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchAsync(10);
        gateway.HangNext(2);
        await SmsOutbox.QueueAsync(host, SmsOutbox.Feedback("0977777777", "Ý kiến riêng bốn"));
        await dispatcher.DispatchAsync(10);

        Assert.Contains(host.Logs.Lines, l => l.Contains(NotificationCodes.SmsRejected, StringComparison.Ordinal) && l.Contains("400", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Contains(NotificationCodes.SmsUnavailable, StringComparison.Ordinal));
        foreach (var secret in new[] { "0900000400", Number, "0987654321", "0977777777", "912345678", "Ý kiến riêng", SmsNotificationHost.ApiKey })
        {
            Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
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
}

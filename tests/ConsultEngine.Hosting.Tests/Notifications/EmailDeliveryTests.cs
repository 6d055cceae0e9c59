using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Hosting.Notifications;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsultEngine.Hosting.Tests.Notifications;

/// <summary>Notifications really delivered: mail reaches an SMTP server on 127.0.0.1, through outages, and a message that can never be sent blocks nothing.</summary>
public sealed class EmailDeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ANotifyStep_MailsTheStaffOfItsAudienceRole()
    {
        await using var smtp = new SmtpTestServer();
        using var host = EmailNotificationHost.Build(smtp);
        await host.StartAsync();

        await host.Services.GetRequiredService<ProcessEngine>().StartAsync("test.notify", 1);

        var mail = await smtp.WaitForAsync(_ => true, Patience);
        Assert.Equal(EmailNotificationHost.OfficeEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("Báo Văn phòng", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Đã có ý kiến mới", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("New opinions arrived", mail.TextBody, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task MailIsDelivered_AfterTheServerWasDownForTheFirstAttempts()
    {
        await using var smtp = new SmtpTestServer();
        smtp.DownFor(3);
        using var host = EmailNotificationHost.Build(smtp);
        // The message is queued before the host (and its outbox service) starts: open the stores first.
        await host.Services.InitializeConsultEngineAsync();
        var ledger = host.Services.GetRequiredService<IOutboxLedger>();
        await host.Services.GetRequiredService<ProcessEngine>().StartAsync("test.notify", 1);
        var queued = Assert.Single(await ledger.ListUndeliveredAsync(10));

        await host.StartAsync();

        await smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == EmailNotificationHost.OfficeEmail), Patience);
        Assert.Equal(3, smtp.TurnedAway);
        var sent = await DispatchedAsync(ledger, queued.Id);
        Assert.Equal(4, sent.Attempts);
        Assert.StartsWith(NotificationCodes.MailUnavailable, sent.LastError, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task AMessageThatCanNeverBeSent_IsDeadLettered_WhileTheNextOneIsDeliveredInTheSameRound()
    {
        await using var smtp = new SmtpTestServer();
        using var host = EmailNotificationHost.Build(smtp, maxAttempts: 50);
        var instanceId = await QueueAsync(host,
            Feedback("refused@example.vn"),
            ("feedback", "{ this is not json"),
            Feedback("ban-doc@example.vn"));

        var round = await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(10);

        Assert.Equal(new OutboxRound(1, 0, 2), round);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("ban-doc@example.vn", Assert.Single(mail.To.Mailboxes).Address);
        var dead = (await host.Services.GetRequiredService<IOutboxLedger>().ListUndeliveredAsync(10)).Where(m => m.InstanceId == instanceId).ToList();
        Assert.All(dead, m => Assert.NotNull(m.DeadAt));
        Assert.Equal(
            [$"{NotificationCodes.MailRejected} SmtpCommandException", $"{NotificationCodes.PayloadUnreadable} JsonException"],
            dead.OrderBy(m => m.CreatedAt).Select(m => m.LastError));
        Assert.DoesNotContain(dead, m => m.LastError!.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADeadLetteredMessage_IsSentAgain_OnceRetriedByHand()
    {
        await using var smtp = new SmtpTestServer();
        using var host = EmailNotificationHost.Build(smtp);
        await QueueAsync(host, Feedback("refused@example.vn"));
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        var ledger = host.Services.GetRequiredService<IOutboxLedger>();
        await dispatcher.DispatchAsync(10);
        var dead = Assert.Single(await ledger.ListUndeliveredAsync(10));

        smtp.Refused.Clear();
        Assert.True(await ledger.RetryDeadAsync(dead.Id, DateTimeOffset.UtcNow));
        var round = await dispatcher.DispatchAsync(10);

        Assert.Equal(1, round.Sent);
        Assert.Single(smtp.Received);
        Assert.Empty(await ledger.ListUndeliveredAsync(10));
    }

    private static (string Kind, string Payload) Feedback(string address) =>
        (FeedbackMessage.Kind, new FeedbackMessage("email", address, "vi", "Kết quả tham vấn", "Cảm ơn Quý vị", "/consultations/x/results").ToJson());

    /// <summary>Commits an instance with the given outbox messages, one millisecond apart in that order.</summary>
    private static async Task<Guid> QueueAsync(IHost host, params (string Kind, string Payload)[] messages)
    {
        var store = host.Services.GetRequiredService<IInstanceStore>();
        var id = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddMinutes(-1);
        await store.CommitAsync(new ChangeSet
        {
            Instance = new InstanceRecord { Id = id, DefinitionId = "test.notify", DefinitionVersion = 1, Status = InstanceStatus.Running, CreatedAt = at, UpdatedAt = at, Revision = 1 },
            Outbox = [.. messages.Select((m, i) => new OutboxMessage(Guid.NewGuid(), id, "tell-office", m.Kind, m.Payload, at.AddMilliseconds(i)))],
        });
        return id;
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

using ConsultEngine.Hosting.Services;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsultEngine.Hosting.Tests.Notifications;

/// <summary>Escalations reach the responsible role by mail; the logging sender never writes what a message says.</summary>
public sealed class NoPayloadInTheLogTests
{
    [Fact]
    public async Task AnOverdueStep_MailsTheStaffOfItsRole()
    {
        await using var smtp = new SmtpTestServer();
        using var host = EmailNotificationHost.Build(smtp);
        await host.StartAsync();

        await host.Services.GetRequiredService<ProcessEngine>().StartAsync("test.escalate", 1);

        var mail = await smtp.WaitForAsync(m => m.Subject?.Contains("Overdue", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        Assert.Equal(EmailNotificationHost.OfficeEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("Xem xét ý kiến", mail.Subject, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task TheLoggingSender_WritesTheKindAndIds_NeverThePayload()
    {
        var logger = new CapturingLogger();
        var sender = new LoggingOutboxSender(logger);
        var message = new OutboxMessage(Guid.NewGuid(), Guid.NewGuid(), "feedback-to-voters", "feedback", """{"address":"citizen@example.vn","text":"Ý kiến riêng"}""", DateTimeOffset.UtcNow);

        await sender.SendAsync(message, CancellationToken.None);

        var line = Assert.Single(logger.Lines);
        Assert.Contains(message.Id.ToString(), line, StringComparison.Ordinal);
        Assert.DoesNotContain("citizen@example.vn", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Ý kiến riêng", line, StringComparison.Ordinal);
    }

    private sealed class CapturingLogger : ILogger<LoggingOutboxSender>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception) + " " + string.Join(" ", (state as IEnumerable<KeyValuePair<string, object?>>)?.Select(p => $"{p.Key}={p.Value}") ?? []));
    }
}

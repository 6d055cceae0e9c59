using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Hosting.Tests.Notifications;

/// <summary>Feedback messages to phone subscribers queued straight into a test host's outbox, and a wait for one to be sent.</summary>
internal static class SmsOutbox
{
    public const string Number = "0912345678";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static (string Kind, string Payload) Feedback(string number, string text) =>
        (FeedbackMessage.Kind, new FeedbackMessage("phone", number, "vi", "Kết quả tham vấn", text, "/consultations/x/results").ToJson());

    /// <summary>Commits an instance with the given outbox messages, one millisecond apart in that order, and returns their ids.</summary>
    public static async Task<Guid[]> QueueAsync(SmsNotificationHost host, params (string Kind, string Payload)[] messages)
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

    public static async Task<OutboxMessage> DispatchedAsync(IOutboxLedger ledger, Guid id)
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

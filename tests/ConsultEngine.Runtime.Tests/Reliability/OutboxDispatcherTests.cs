using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.Reliability;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Testing;

namespace ConsultEngine.Runtime.Tests.Reliability;

/// <summary>Each outbox message on its own: backoff, dead letters, timeouts, and errors kept without their payload.</summary>
public sealed class OutboxDispatcherTests
{
    private static readonly OutboxRetryPolicy Policy = new()
    {
        MaxAttempts = 3,
        BaseDelay = TimeSpan.FromMinutes(1),
        MaxDelay = TimeSpan.FromMinutes(3),
        Jitter = 0,
        SendTimeout = TimeSpan.FromMilliseconds(200),
    };

    private readonly InMemoryInstanceStore _store = new();
    private readonly ManualClock _clock = new();
    private readonly ScriptedSender _sender = new();

    [Fact]
    public async Task AFailingMessage_DoesNotBlockTheMessagesAfterIt()
    {
        var (failing, healthy) = await QueueAsync("poison", "ok");

        var round = await Dispatcher().DispatchAsync(10);

        Assert.Equal(new OutboxRound(1, 1, 0), round);
        Assert.Equal([healthy], _sender.Delivered);
        var retrying = await _store.FindMessageAsync(failing);
        Assert.Equal(1, retrying!.Attempts);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(1), retrying.NextAttemptAt);
    }

    [Fact]
    public async Task AFailedMessage_WaitsForItsBackoff_ThenIsTriedAgain()
    {
        var (failing, _) = await QueueAsync("poison", "ok");
        var dispatcher = Dispatcher();
        await dispatcher.DispatchAsync(10);

        _sender.Poisoned.Clear();
        Assert.Equal(0, (await dispatcher.DispatchAsync(10)).Handled);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var round = await dispatcher.DispatchAsync(10);

        Assert.Equal(1, round.Sent);
        Assert.Contains(failing, _sender.Delivered);
    }

    [Fact]
    public void TheBackoffDoubles_UpToItsCeiling_AndJitterSpreadsIt()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), Policy.DelayAfter(1, 0.5));
        Assert.Equal(TimeSpan.FromMinutes(2), Policy.DelayAfter(2, 0.5));
        Assert.Equal(TimeSpan.FromMinutes(3), Policy.DelayAfter(5, 0.5));
        var jittered = Policy with { Jitter = 0.5 };
        Assert.Equal(TimeSpan.FromSeconds(30), jittered.DelayAfter(1, 0));
        Assert.True(jittered.DelayAfter(1, 0.999) > TimeSpan.FromSeconds(89));
    }

    [Fact]
    public async Task AfterItsLastAttempt_AMessageIsDeadLettered_AndIsNotTriedAgain()
    {
        var (failing, _) = await QueueAsync("poison", "ok");
        var dispatcher = Dispatcher();
        for (var i = 0; i < Policy.MaxAttempts; i++)
        {
            await dispatcher.DispatchAsync(10);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        var dead = await _store.FindMessageAsync(failing);
        Assert.NotNull(dead!.DeadAt);
        Assert.Equal(Policy.MaxAttempts, dead.Attempts);
        Assert.Equal(0, (await dispatcher.DispatchAsync(10)).Handled);
        Assert.Equal(failing, Assert.Single(await _store.ListUndeliveredAsync(10)).Id);
    }

    [Fact]
    public async Task APoisonedOutboxMessage_EndsDeadLettered_WithoutDelayingTheHealthyOne()
    {
        var (poisoned, healthy) = await QueueAsync("poison", "ok");
        var dispatcher = Dispatcher();

        var first = await dispatcher.DispatchAsync(10);
        for (var i = 1; i < Policy.MaxAttempts; i++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            await dispatcher.DispatchAsync(10);
        }

        Assert.Equal(1, first.Sent);
        Assert.Equal([healthy], _sender.Delivered);
        var dead = (await _store.FindMessageAsync(poisoned))!;
        Assert.NotNull(dead.DeadAt);
        Assert.Equal(Policy.MaxAttempts, dead.Attempts);
    }

    [Fact]
    public async Task APermanentFailure_DeadLettersAtOnce()
    {
        var (failing, _) = await QueueAsync("permanent", "ok");

        var round = await Dispatcher().DispatchAsync(10);

        Assert.Equal(1, round.DeadLettered);
        Assert.NotNull((await _store.FindMessageAsync(failing))!.DeadAt);
    }

    [Fact]
    public async Task AHangingSend_TimesOut_AndTheNextMessageIsStillSent()
    {
        var (hanging, healthy) = await QueueAsync("hang", "ok");

        var round = await Dispatcher().DispatchAsync(10);

        Assert.Equal(new OutboxRound(1, 1, 0), round);
        Assert.Equal([healthy], _sender.Delivered);
        Assert.Equal($"{ReliabilityCodes.SendTimedOut} TaskCanceledException", (await _store.FindMessageAsync(hanging))!.LastError);
    }

    [Fact]
    public async Task TheErrorKept_IsItsCodeAndType_NeverThePayloadOrTheExceptionText()
    {
        var (failing, _) = await QueueAsync("poison", "ok");

        await Dispatcher().DispatchAsync(10);

        var error = (await _store.FindMessageAsync(failing))!.LastError;
        Assert.Equal($"{ReliabilityCodes.SendFailed} InvalidOperationException", error);
        Assert.DoesNotContain("citizen@example.vn", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeadLetteredMessage_RetriedByHand_IsQueuedWithFreshAttempts()
    {
        var (failing, _) = await QueueAsync("permanent", "ok");
        var dispatcher = Dispatcher();
        await dispatcher.DispatchAsync(10);

        Assert.True(await _store.RetryDeadAsync(failing, _clock.GetUtcNow()));
        Assert.False(await _store.RetryDeadAsync(failing, _clock.GetUtcNow()));
        _sender.Poisoned.Clear();
        var round = await dispatcher.DispatchAsync(10);

        Assert.Equal(1, round.Sent);
        Assert.Empty(await _store.ListUndeliveredAsync(10));
    }

    private OutboxDispatcher Dispatcher() => new(_store, _sender, _clock, Policy);

    /// <summary>Queues one message per tag, in that order; the sender reads the tag from the payload.</summary>
    private async Task<(Guid First, Guid Second)> QueueAsync(string first, string second)
    {
        var id = Guid.NewGuid();
        var now = _clock.GetUtcNow();
        var messages = new[] { first, second }
            .Select((tag, i) => new OutboxMessage(Guid.NewGuid(), id, "step", "notification", $$"""{"tag":"{{tag}}","to":"citizen@example.vn"}""", now.AddMilliseconds(i - 10)))
            .ToList();
        foreach (var message in messages.Where(m => !m.PayloadJson.Contains("\"ok\"", StringComparison.Ordinal)))
        {
            _sender.Poisoned[message.Id] = message.PayloadJson.Contains("permanent", StringComparison.Ordinal) ? "permanent"
                : message.PayloadJson.Contains("hang", StringComparison.Ordinal) ? "hang" : "poison";
        }

        await _store.CommitAsync(new ChangeSet
        {
            Instance = new InstanceRecord { Id = id, DefinitionId = "test.mini", DefinitionVersion = 1, Status = InstanceStatus.Running, Revision = 1 },
            Outbox = messages,
        });
        return (messages[0].Id, messages[1].Id);
    }

    private sealed class ScriptedSender : IOutboxSender
    {
        public Dictionary<Guid, string> Poisoned { get; } = [];

        public List<Guid> Delivered { get; } = [];

        public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            switch (Poisoned.GetValueOrDefault(message.Id))
            {
                case "poison":
                    throw new InvalidOperationException("Mailbox citizen@example.vn is full");
                case "permanent":
                    throw new OutboxDeliveryException(ReliabilityCodes.MessageRejected, permanent: true, "citizen@example.vn refused");
                case "hang":
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    break;
                default:
                    Delivered.Add(message.Id);
                    break;
            }
        }
    }
}

using System.Text.Json.Nodes;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.Time.Testing;

namespace ConsultEngine.Persistence.Tests.Nodes;

/// <summary>
/// Two nodes — each its own store and engine or dispatcher — on one database with one fake clock:
/// a due timer fires once and an outbox message reaches the sender once, however often and however
/// concurrently both nodes poll; a node that dies holding a claim leaves its work to the other once
/// the lease has run out; completing one step from both nodes gives one winner and one coded conflict.
/// </summary>
public abstract class TwoNodesOnOneDatabase : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly OutboxRetryPolicy Policy = new() { SendTimeout = TimeSpan.FromSeconds(10), ClaimLease = TimeSpan.FromMinutes(2) };

    // The engine's timer lease (ProcessEngine.TimerClaimLease) and a second more.
    private static readonly TimeSpan PastTimerLease = TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly List<RelationalInstanceStore> _nodes = [];

    public abstract Task InitializeAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
    }

    /// <summary>A new store on the test's database: one node.</summary>
    private protected abstract Task<RelationalInstanceStore> OpenStoreAsync();

    [SkippableFact]
    public async Task DueTimers_PolledByTwoNodesAtOnceManyTimes_EachFiresOnce()
    {
        var (first, second) = (await NodeAsync(), await NodeAsync());
        var ids = await StartConsultationsAsync(first, 8);
        _clock.Advance(TimeSpan.FromDays(11));

        var fired = await PollAsync([TestEngine.Over(first, _clock), TestEngine.Over(second, _clock)]);

        Assert.Equal(ids.Count, fired);
        await AssertEachEscalatedOnceAsync(second, ids);
    }

    [SkippableFact]
    public async Task DueTimers_RacedForByTwoNodesWithoutClaims_EachStillFiresOnce()
    {
        var (first, second) = (await NodeAsync(), await NodeAsync());
        var ids = await StartConsultationsAsync(first, 8);
        _clock.Advance(TimeSpan.FromDays(11));

        var fired = await PollAsync([TestEngine.Over(new UnclaimedStore(first), _clock), TestEngine.Over(new UnclaimedStore(second), _clock)]);

        Assert.Equal(ids.Count, fired);
        await AssertEachEscalatedOnceAsync(second, ids);
    }

    [SkippableFact]
    public async Task ADueTimer_ListedBeforeTheOtherNodeFiredIt_DoesNotFireAgain()
    {
        var (first, second) = (await NodeAsync(), await NodeAsync());
        var ids = await StartConsultationsAsync(first, 1);
        _clock.Advance(TimeSpan.FromDays(11));
        var listedEarlier = await second.FindDueTimersAsync(_clock.GetUtcNow(), 10);

        Assert.Equal(1, await TestEngine.Over(first, _clock).FireDueTimersAsync());
        Assert.Equal(0, await TestEngine.Over(new UnclaimedStore(second, listedEarlier), _clock).FireDueTimersAsync());

        await AssertEachEscalatedOnceAsync(second, ids);
        Assert.Empty(await second.ListIncidentsAsync());
    }

    [SkippableFact]
    public async Task ADueTimer_ClaimedByANodeThatDies_FiresOnTheOtherNodeOnceTheLeaseRunsOut()
    {
        var (dying, survivor) = (await NodeAsync(), await NodeAsync());
        var ids = await StartConsultationsAsync(dying, 1);
        _clock.Advance(TimeSpan.FromDays(11));
        Assert.Single(await dying.ClaimDueTimersAsync(_clock.GetUtcNow(), TimeSpan.FromMinutes(1), 10));
        await dying.DisposeAsync();
        var engine = TestEngine.Over(survivor, _clock);

        Assert.Equal(0, await engine.FireDueTimersAsync());
        _clock.Advance(PastTimerLease);
        Assert.Equal(1, await engine.FireDueTimersAsync());

        await AssertEachEscalatedOnceAsync(survivor, ids);
    }

    [SkippableFact]
    public async Task OutboxMessages_DispatchedByTwoNodesAtOnceManyTimes_EachReachTheSenderOnce()
    {
        var (first, second) = (await NodeAsync(), await NodeAsync());
        var messages = await QueueAsync(first, 20);
        var sender = new CountingSender();
        var dispatchers = new[] { new OutboxDispatcher(first, sender, _clock, Policy), new OutboxDispatcher(second, sender, _clock, Policy) };

        // Each node runs three rounds at once, ten times over: a node's own rounds must not share a message either.
        var rounds = await Task.WhenAll(dispatchers.SelectMany(d => Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var sent = 0;
            for (var i = 0; i < 10; i++)
            {
                sent += (await d.DispatchAsync(3)).Sent;
            }

            return sent;
        }))));

        Assert.Equal(messages.Count, rounds.Sum());
        Assert.All(messages, m => Assert.Equal(1, sender.Sends(m.Id)));
        foreach (var message in messages)
        {
            Assert.NotNull((await second.FindMessageAsync(message.Id))!.DispatchedAt);
        }
    }

    [SkippableFact]
    public async Task AnOutboxMessage_ClaimedByANodeThatDies_IsSentByTheOtherNodeOnceTheLeaseRunsOut()
    {
        var (dying, survivor) = (await NodeAsync(), await NodeAsync());
        var message = Assert.Single(await QueueAsync(dying, 1));
        Assert.Single(await dying.ClaimDueAsync(_clock.GetUtcNow(), Policy.EffectiveClaimLease, 10));
        await dying.DisposeAsync();
        var sender = new CountingSender();
        var dispatcher = new OutboxDispatcher(survivor, sender, _clock, Policy);

        Assert.Equal(0, (await dispatcher.DispatchAsync(10)).Sent);
        _clock.Advance(Policy.EffectiveClaimLease - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await dispatcher.DispatchAsync(10)).Sent);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, (await dispatcher.DispatchAsync(10)).Sent);

        Assert.Equal(1, sender.Sends(message.Id));
        Assert.Equal(_clock.GetUtcNow(), (await survivor.FindMessageAsync(message.Id))!.DispatchedAt);
    }

    [SkippableFact]
    public async Task ANodeWhoseClaimWasTakenOver_CanNeitherMarkTheMessageSentNorRecordAFailure()
    {
        var (slow, other) = (await NodeAsync(), await NodeAsync());
        var message = Assert.Single(await QueueAsync(slow, 1));
        Assert.Single(await slow.ClaimDueAsync(_clock.GetUtcNow(), Policy.EffectiveClaimLease, 10));
        _clock.Advance(Policy.EffectiveClaimLease);
        Assert.Single(await other.ClaimDueAsync(_clock.GetUtcNow(), Policy.EffectiveClaimLease, 10));

        Assert.False(await slow.MarkClaimedDispatchedAsync(message.Id, _clock.GetUtcNow()));
        Assert.False(await slow.RecordClaimedFailureAsync(new OutboxFailure(message.Id, 1, "CE8051 HttpRequestException", _clock.GetUtcNow().AddMinutes(1), null)));
        Assert.True(await other.MarkClaimedDispatchedAsync(message.Id, _clock.GetUtcNow()));

        var stored = (await slow.FindMessageAsync(message.Id))!;
        Assert.Equal((1, null), (stored.Attempts, stored.LastError));
    }

    [SkippableFact]
    public async Task OneStep_CompletedFromTwoNodesAtOnce_HasOneWinnerAndOneCodedConflict()
    {
        var (first, second) = (await NodeAsync(), await NodeAsync());
        using var rendezvous = new Barrier(2);
        var instance = await TestEngine.Over(first, _clock).StartAsync("test.approval", 1);
        var engines = new[] { TestEngine.Over(new RendezvousStore(first, rendezvous), _clock), TestEngine.Over(new RendezvousStore(second, rendezvous), _clock) };

        var outcomes = await Task.WhenAll(engines.Select((engine, i) => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    return (object)engine.CompleteStepAsync(instance.Id, "approve-plan", new StepCompletion($"node-{i}", "approve")).GetAwaiter().GetResult();
                }
                catch (ConsultEngineException e)
                {
                    return e;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.Single(outcomes, o => o is InstanceRecord);
        var conflict = Assert.Single(outcomes.OfType<ConsultEngineException>());
        Assert.Equal(RuntimeCodes.ConcurrencyConflict, conflict.Code);
        Assert.Equal(FailureKind.Conflict, FailureKinds.Of(conflict.Code));
        Assert.Single(await second.ReadJournalAsync(instance.Id), e => e.Event == JournalEvents.StepCompleted);
    }

    private async Task<RelationalInstanceStore> NodeAsync()
    {
        var store = await OpenStoreAsync();
        _nodes.Add(store);
        return store;
    }

    private async Task<IReadOnlyList<Guid>> StartConsultationsAsync(RelationalInstanceStore store, int count)
    {
        var engine = TestEngine.Over(store, _clock);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await engine.StartAsync("test.consultation", 1, new JsonObject { ["province"] = "Đà Nẵng" }, $"Lấy ý kiến {i}")).Id);
        }

        return ids;
    }

    private async Task<IReadOnlyList<OutboxMessage>> QueueAsync(RelationalInstanceStore store, int count)
    {
        var instance = await TestEngine.Over(store, _clock).StartAsync("test.approval", 1);
        var messages = new List<OutboxMessage>();
        for (var i = 0; i < count; i++)
        {
            var message = new OutboxMessage(Guid.NewGuid(), instance.Id, null, "notice", "{}", _clock.GetUtcNow().AddMilliseconds(-count + i));
            await store.QueueAsync(message);
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>Both engines fire due timers at once, a few per round, for many rounds; returns how many fired in all.</summary>
    private static async Task<int> PollAsync(ProcessEngine[] engines)
    {
        var fired = await Task.WhenAll(engines.Select(engine => Task.Run(async () =>
        {
            var count = 0;
            for (var round = 0; round < 10; round++)
            {
                count += await engine.FireDueTimersAsync(max: 3);
            }

            return count;
        })));
        return fired.Sum();
    }

    private static async Task AssertEachEscalatedOnceAsync(RelationalInstanceStore store, IReadOnlyList<Guid> ids)
    {
        var escalations = (await store.FindUndispatchedAsync(1000)).Where(m => m.Kind == "escalation").ToList();
        foreach (var id in ids)
        {
            var journal = await store.ReadJournalAsync(id);
            Assert.Single(journal, e => e.Event == JournalEvents.TimerElapsed);
            Assert.Single(journal, e => e.Event == JournalEvents.EscalationRaised);
            Assert.Null(JournalHasher.Verify(journal));
            Assert.Single(escalations, m => m.InstanceId == id);
            Assert.Empty(await store.LoadTimersAsync(id, "draft-plan"));
        }
    }
}

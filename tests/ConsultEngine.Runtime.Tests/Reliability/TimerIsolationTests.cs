using ConsultEngine.Runtime.Reliability;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Runtime.Tests.Reliability;

/// <summary>One timer's failure is its own: it becomes an incident and the healthy timers beside it fire.</summary>
public sealed class TimerIsolationTests
{
    [Fact]
    public async Task ATimerWhoseDefinitionIsMissing_BesideAHealthyOne_TheHealthyOneFires()
    {
        var fixture = new EngineFixture();
        var healthy = await fixture.StartAsync();
        var orphan = await OrphanWithDueTimerAsync(fixture.Store, fixture.Clock.GetUtcNow().AddDays(1));
        fixture.Clock.Advance(TimeSpan.FromDays(6));

        var fired = await fixture.Engine.FireDueTimersAsync();

        Assert.Equal(1, fired);
        Assert.Contains("escalation-raised select#1", await fixture.EventsAsync(healthy.Id));
        var incident = Assert.Single(await fixture.Store.ListIncidentsAsync(orphan));
        Assert.Equal(ReliabilityCodes.TimerFailed, incident.Code);
        Assert.Equal("gone-step", incident.StepId);
    }

    [Fact]
    public async Task AFailedTimer_IsDropped_SoItDoesNotFillTheNextRounds()
    {
        var fixture = new EngineFixture();
        var healthy = await fixture.StartAsync();
        await OrphanWithDueTimerAsync(fixture.Store, fixture.Clock.GetUtcNow().AddDays(1));
        fixture.Clock.Advance(TimeSpan.FromDays(6));

        // Rounds of one: the broken timer comes first (it is due earlier) and must not come back.
        await fixture.Engine.FireDueTimersAsync(max: 1);
        var fired = await fixture.Engine.FireDueTimersAsync(max: 1);

        Assert.Equal(1, fired);
        Assert.Contains("escalation-raised select#1", await fixture.EventsAsync(healthy.Id));
        Assert.Empty(await fixture.Store.FindDueTimersAsync(fixture.Clock.GetUtcNow(), 10));
    }

    /// <summary>A running instance of a definition the engine does not have, with a due timer.</summary>
    private static async Task<Guid> OrphanWithDueTimerAsync(InMemoryInstanceStore store, DateTimeOffset due)
    {
        var id = Guid.NewGuid();
        await store.CommitAsync(new ChangeSet
        {
            Instance = new InstanceRecord { Id = id, DefinitionId = "test.removed", DefinitionVersion = 7, Status = InstanceStatus.Running, Revision = 1 },
            Steps = [StepState.Pending("gone-step") with { Status = StepStatus.Waiting, Iteration = 1 }],
            TimersAdded = [new TimerRecord(Guid.NewGuid(), id, "gone-step", 1, TimerKind.Due, due)],
        });
        return id;
    }
}

using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.Contract;

/// <summary>
/// The contract of <see cref="IInstanceStore"/>, run against every store so they all behave the
/// same. Reads after commits go through <see cref="ReopenAsync"/>: for a durable store that is a
/// new store on the same database, so what is asserted is what was really stored.
/// </summary>
public abstract class InstanceStoreContract : IAsyncLifetime
{
    private IInstanceStore? _store;

    protected IInstanceStore Store => _store ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync() => _store = await OpenAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IInstanceStore> OpenAsync();

    /// <summary>A store that sees what <see cref="Store"/> committed (the same one for a store in memory).</summary>
    protected abstract Task<IInstanceStore> ReopenAsync();

    [SkippableFact]
    public async Task CommitAsync_NewInstance_IsFoundAsCommitted()
    {
        var changes = Next(NewInstance(), T0, JournalEvents.InstanceStarted);

        await Store.CommitAsync(changes);

        var found = await (await ReopenAsync()).FindInstanceAsync(changes.Instance.Id);
        Assert.Equal(changes.Instance, found);
        Assert.Equal(1, found!.Revision);
        Assert.Equal(T0.UtcTicks, found.CreatedAt.UtcTicks);
    }

    [SkippableFact]
    public async Task FindInstanceAsync_Unknown_ReturnsNull()
    {
        Assert.Null(await Store.FindInstanceAsync(Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task FindRevisionAsync_AnswersTheLastCommittedRevision_AndNullForAnUnknownInstance()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await Store.CommitAsync(start);
        Assert.Equal(1, await (await ReopenAsync()).FindRevisionAsync(start.Instance.Id));

        await Store.CommitAsync(Next(start.Instance, T0.AddHours(1), JournalEvents.StepCompleted));

        var store = await ReopenAsync();
        Assert.Equal(2, await store.FindRevisionAsync(start.Instance.Id));
        Assert.Equal((await store.FindInstanceAsync(start.Instance.Id))!.Revision, await store.FindRevisionAsync(start.Instance.Id));
        Assert.Null(await store.FindRevisionAsync(Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task CommitAsync_InsertingAnExistingInstanceAgain_Conflicts()
    {
        var first = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await Store.CommitAsync(first);

        var again = first with { Instance = first.Instance with { Title = "khác" } };
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(again));

        Assert.Equal(first.Instance.Id, conflict.InstanceId);
        Assert.Equal(0, conflict.ExpectedRevision);
        Assert.Equal(first.Instance, await (await ReopenAsync()).FindInstanceAsync(first.Instance.Id));
    }

    [SkippableFact]
    public async Task CommitAsync_UnknownInstanceWithARevision_Conflicts()
    {
        var instance = NewInstance() with { Revision = 4 };

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(Next(instance, T0, JournalEvents.StepCompleted)));

        Assert.Null(await (await ReopenAsync()).FindInstanceAsync(instance.Id));
    }

    [SkippableFact]
    public async Task CommitAsync_StaleRevision_ConflictsAndChangesNothing()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        start = start with { Steps = [Waiting("a")], BookmarksAdded = [BookmarkFor(start.Instance.Id, "a", "council-office")] };
        await Store.CommitAsync(start);

        var winner = Next(start.Instance, T0.AddHours(1), JournalEvents.StepCompleted) with
        {
            Steps = [Waiting("a") with { Status = StepStatus.Completed, Actor = "winner" }],
            BookmarksRemoved = ["a"],
        };
        var loser = Next(start.Instance, T0.AddHours(2), JournalEvents.StepCompleted, JournalEvents.StepWaiting) with
        {
            Steps = [Waiting("a") with { Status = StepStatus.Completed, Actor = "loser" }, Waiting("b")],
            BookmarksRemoved = ["a"],
            BookmarksAdded = [BookmarkFor(start.Instance.Id, "b", "working-group")],
            TimersAdded = [new TimerRecord(Guid.NewGuid(), start.Instance.Id, "b", 1, TimerKind.Due, T0.AddDays(3))],
            Outbox = [new OutboxMessage(Guid.NewGuid(), start.Instance.Id, "b", "notification", "{}", T0)],
            Incidents = [new Incident(Guid.NewGuid(), start.Instance.Id, "b", "CE8011", "lỗi", T0)],
        };
        await Store.CommitAsync(winner);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.CommitAsync(loser));

        Assert.Equal(1, conflict.ExpectedRevision);
        var store = await ReopenAsync();
        var id = start.Instance.Id;
        Assert.Equal(winner.Instance, await store.FindInstanceAsync(id));
        Assert.Equal("winner", (await store.LoadStepsAsync(id, ["a"]))["a"].Actor);
        Assert.Empty(await store.LoadStepsAsync(id, ["b"]));
        Assert.Equal(2, (await store.ReadJournalAsync(id)).Count);
        Assert.Empty(await store.ListBookmarksAsync(id));
        Assert.Empty(await store.LoadTimersAsync(id, "b"));
        Assert.Empty(await store.FindUndispatchedAsync(10));
        Assert.Empty(await store.ListIncidentsAsync(id));
    }

    [SkippableFact]
    public async Task LoadStepsAsync_ReturnsOnlyTheNamedStepsThatHaveAState()
    {
        var one = Next(NewInstance(), T0, JournalEvents.InstanceStarted) with { Steps = [Waiting("a"), Waiting("b"), Waiting("c")] };
        var other = Next(NewInstance(), T0, JournalEvents.InstanceStarted) with { Steps = [Waiting("a", iteration: 7), Waiting("z")] };
        await Store.CommitAsync(one);
        await Store.CommitAsync(other);

        var store = await ReopenAsync();
        var loaded = await store.LoadStepsAsync(one.Instance.Id, ["a", "c", "z", "missing"]);
        var single = await store.LoadStepsAsync(one.Instance.Id, ["b"]);
        var none = await store.LoadStepsAsync(one.Instance.Id, []);

        Assert.Equal(["a", "c"], loaded.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Waiting("a"), loaded["a"]);
        Assert.Equal(Waiting("b"), single["b"]);
        Assert.Empty(none);
        Assert.Equal(7, (await store.LoadStepsAsync(other.Instance.Id, ["a"]))["a"].Iteration);
    }

    [SkippableFact]
    public async Task CommitAsync_StepStates_AreUpserted()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted) with { Steps = [Waiting("a"), Waiting("b")] };
        await Store.CommitAsync(start);
        var completed = Waiting("a") with
        {
            Status = StepStatus.Completed,
            Released = true,
            Outcome = "approve",
            OutputJson = """{"ghiChu":"Đồng ý với kế hoạch"}""",
            Actor = "thuong-truc.nguyen",
            CompletedAt = T0.AddDays(2).AddTicks(3),
        };

        await Store.CommitAsync(Next(start.Instance, T0.AddDays(2), JournalEvents.StepCompleted) with { Steps = [completed] });

        var store = await ReopenAsync();
        Assert.Equal(completed, (await store.LoadStepsAsync(start.Instance.Id, ["a"]))["a"]);
        Assert.Equal([completed, Waiting("b")], (await store.LoadAllStepsAsync(start.Instance.Id)).OrderBy(s => s.StepId, StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task CommitAsync_StepsRemoved_AreDeletedAndARenamedStepKeepsItsState()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted) with { Steps = [Waiting("survey"), Waiting("poll")] };
        await Store.CommitAsync(start);

        // What a migration renaming 'survey' to 'citizen-survey' commits.
        await Store.CommitAsync(Next(start.Instance, T0.AddDays(1), JournalEvents.InstanceMigrated) with
        {
            StepsRemoved = ["survey"],
            Steps = [Waiting("citizen-survey")],
        });

        var store = await ReopenAsync();
        Assert.Equal(["citizen-survey", "poll"], (await store.LoadAllStepsAsync(start.Instance.Id)).Select(s => s.StepId).Order(StringComparer.Ordinal));
        Assert.Empty(await store.LoadStepsAsync(start.Instance.Id, ["survey"]));
    }

    [SkippableFact]
    public async Task ReadJournalAsync_ReturnsEveryEntryInSequenceAndTheChainVerifies()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted, JournalEvents.PhaseStarted, JournalEvents.StepWaiting);
        var second = Next(start.Instance, T0.AddDays(1), JournalEvents.StepCompleted, JournalEvents.StepWaiting);
        var third = Next(second.Instance, T0.AddDays(2), JournalEvents.StepCompleted, JournalEvents.PhaseCompleted, JournalEvents.InstanceCompleted);
        var unrelated = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await Store.CommitAsync(start);
        await Store.CommitAsync(unrelated);
        await Store.CommitAsync(second);
        await Store.CommitAsync(third);

        var store = await ReopenAsync();
        var journal = await store.ReadJournalAsync(start.Instance.Id);

        Assert.Equal([.. start.Journal, .. second.Journal, .. third.Journal], journal);
        Assert.Null(JournalHasher.Verify(journal));
        var instance = await store.FindInstanceAsync(start.Instance.Id);
        Assert.Equal(journal.Count, instance!.JournalLength);
        Assert.Equal(journal[^1].Hash, instance.JournalHead);
        Assert.Empty(await store.ReadJournalAsync(Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task Bookmarks_AreAddedRemovedAndListedPerInstance()
    {
        var one = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        one = one with { BookmarksAdded = [BookmarkFor(one.Instance.Id, "a", "council-office"), BookmarkFor(one.Instance.Id, "b", "working-group", T0.AddMinutes(1))] };
        var two = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        two = two with { BookmarksAdded = [BookmarkFor(two.Instance.Id, "a", "council-office", T0.AddMinutes(2))] };
        await Store.CommitAsync(one);
        await Store.CommitAsync(two);
        var again = BookmarkFor(one.Instance.Id, "a", "standing-committee", T0.AddDays(1), iteration: 2);

        await Store.CommitAsync(Next(one.Instance, T0.AddDays(1), JournalEvents.StepReset) with { BookmarksRemoved = ["a", "b"], BookmarksAdded = [again] });

        var store = await ReopenAsync();
        Assert.Equal([again], await store.ListBookmarksAsync(one.Instance.Id));
        Assert.Equal(2, (await store.ListBookmarksAsync()).Count);
        Assert.Contains(two.BookmarksAdded[0], await store.ListBookmarksAsync());
    }

    [SkippableFact]
    public async Task Timers_AreLoadedByStepAndRemovedById()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        var id = start.Instance.Id;
        var due = new TimerRecord(Guid.NewGuid(), id, "a", 1, TimerKind.Due, T0.AddDays(10));
        var wait = new TimerRecord(Guid.NewGuid(), id, "b", 1, TimerKind.Wait, T0.AddDays(30));
        await Store.CommitAsync(start with { TimersAdded = [due, wait] });

        Assert.Equal([due], await (await ReopenAsync()).LoadTimersAsync(id, "a"));

        await Store.CommitAsync(Next(start.Instance, T0.AddDays(1), JournalEvents.StepCompleted) with { TimersRemoved = [due.Id] });

        var store = await ReopenAsync();
        Assert.Empty(await store.LoadTimersAsync(id, "a"));
        Assert.Equal([wait], await store.LoadTimersAsync(id, "b"));
    }

    [SkippableFact]
    public async Task FindDueTimersAsync_ReturnsDueTimersOfRunningInstancesByDueTimeThenStep()
    {
        var running = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        var id = running.Instance.Id;
        TimerRecord Timer(string step, int hours, Guid? instance = null) => new(Guid.NewGuid(), instance ?? id, step, 1, TimerKind.Due, T0.AddHours(hours));
        var (first, secondA, secondB, later) = (Timer("x", 1), Timer("a", 3), Timer("b", 3), Timer("y", 10));
        var suspended = Next(NewInstance(status: InstanceStatus.Suspended), T0, JournalEvents.InstanceStarted);
        await Store.CommitAsync(running with { TimersAdded = [later, secondB, first, secondA] });
        await Store.CommitAsync(suspended with { TimersAdded = [Timer("s", 0, suspended.Instance.Id)] });

        var store = await ReopenAsync();

        Assert.Equal([first, secondA, secondB], await store.FindDueTimersAsync(T0.AddHours(5), 10));
        Assert.Equal([first, secondA], await store.FindDueTimersAsync(T0.AddHours(5), 2));
        Assert.Equal([first], await store.FindDueTimersAsync(T0.AddHours(1), 10));
        Assert.Empty(await store.FindDueTimersAsync(T0, 10));
    }

    [SkippableFact]
    public async Task Outbox_QueuesUndispatchedMessagesInOrderUntilMarkedDispatched()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        var id = start.Instance.Id;
        var early = new OutboxMessage(Guid.NewGuid(), id, "announce", "notification", """{"audience":"người dân"}""", T0);
        var late = new OutboxMessage(Guid.NewGuid(), id, null, "escalation", "{}", T0.AddMinutes(5));
        await Store.CommitAsync(start with { Outbox = [late, early] });

        var store = await ReopenAsync();
        Assert.Equal([early, late], await store.FindUndispatchedAsync(10));
        Assert.Equal([early], await store.FindUndispatchedAsync(1));

        await store.MarkDispatchedAsync(early.Id, T0.AddMinutes(10));

        store = await ReopenAsync();
        Assert.Equal([late], await store.FindUndispatchedAsync(10));
    }

    [SkippableFact]
    public async Task Outbox_QueuedOutsideAnAdvance_IsDue_AndItsPayloadCanBeErased()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await Store.CommitAsync(start);
        var ledger = Assert.IsAssignableFrom<Runtime.Outbox.IOutboxLedger>(Store);
        var message = new OutboxMessage(Guid.NewGuid(), start.Instance.Id, "vote", "person-verification-code", """{"sealed":"AAAA"}""", T0);
        await ledger.QueueAsync(message);

        var reopened = Assert.IsAssignableFrom<Runtime.Outbox.IOutboxLedger>(await ReopenAsync());
        Assert.Equal([message], await reopened.FindDueAsync(T0, 10));
        Assert.True(await reopened.ReplacePayloadAsync(message.Id, """{"erased":true}"""));
        Assert.False(await reopened.ReplacePayloadAsync(Guid.NewGuid(), "{}"));
        reopened = Assert.IsAssignableFrom<Runtime.Outbox.IOutboxLedger>(await ReopenAsync());
        Assert.Equal("""{"erased":true}""", (await reopened.FindMessageAsync(message.Id))!.PayloadJson);
    }

    [SkippableFact]
    public async Task CommitAsync_OutboxMessageWithAnExistingId_ReplacesIt()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        var message = new OutboxMessage(Guid.NewGuid(), start.Instance.Id, "announce", "notification", "{}", T0);
        await Store.CommitAsync(start with { Outbox = [message] });
        var replaced = message with { PayloadJson = """{"v":2}""" };

        await Store.CommitAsync(Next(start.Instance, T0.AddHours(1), JournalEvents.NotificationQueued) with { Outbox = [replaced] });

        Assert.Equal([replaced], await (await ReopenAsync()).FindUndispatchedAsync(10));
    }

    [SkippableFact]
    public async Task Incidents_AreUpsertedAndListedByTime()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        var id = start.Instance.Id;
        var later = new Incident(Guid.NewGuid(), id, "b", "CE8011", "Quy tắc 'when' bị lỗi", T0.AddHours(2));
        var earlier = new Incident(Guid.NewGuid(), id, "a", "CE8011", "lỗi", T0.AddHours(1));
        var elsewhere = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        var other = new Incident(Guid.NewGuid(), elsewhere.Instance.Id, "a", "CE8011", "lỗi", T0);
        await Store.CommitAsync(start with { Incidents = [later, earlier] });
        await Store.CommitAsync(elsewhere with { Incidents = [other] });
        var resolved = earlier with { ResolvedAt = T0.AddDays(1) };

        await Store.CommitAsync(Next(start.Instance, T0.AddDays(1), JournalEvents.IncidentResolved) with { Incidents = [resolved] });

        var store = await ReopenAsync();
        Assert.Equal([resolved, later], await store.ListIncidentsAsync(id));
        Assert.Equal([other, resolved, later], await store.ListIncidentsAsync());
    }

    [SkippableFact]
    public async Task ListInstancesAsync_ListsEveryInstanceInCreationOrder()
    {
        var second = Next(NewInstance(T0.AddDays(1)), T0.AddDays(1), JournalEvents.InstanceStarted);
        var first = Next(NewInstance(T0), T0, JournalEvents.InstanceStarted);
        await Store.CommitAsync(second);
        await Store.CommitAsync(first);

        Assert.Equal([first.Instance, second.Instance], await (await ReopenAsync()).ListInstancesAsync());
    }

    [SkippableFact]
    public async Task CommitAsync_ManyRevisions_EachReadsTheLastOne()
    {
        var changes = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await Store.CommitAsync(changes);
        for (var i = 1; i <= 20; i++)
        {
            var current = await Store.FindInstanceAsync(changes.Instance.Id);
            changes = Next(current!, T0.AddMinutes(i), JournalEvents.StepCompleted) with { Steps = [Waiting("a", iteration: i)] };
            await Store.CommitAsync(changes);
        }

        var store = await ReopenAsync();
        Assert.Equal(21, (await store.FindInstanceAsync(changes.Instance.Id))!.Revision);
        Assert.Equal(20, (await store.LoadStepsAsync(changes.Instance.Id, ["a"]))["a"].Iteration);
        Assert.Null(JournalHasher.Verify(await store.ReadJournalAsync(changes.Instance.Id)));
    }
}

using System.Text.Json.Nodes;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Tests;

public sealed class ProcessEngineTests
{
    private static readonly JsonObject Issue = new() { ["title"] = "Quy hoạch bến xe", ["count"] = 2 };

    private static async Task<(EngineFixture Fixture, Guid Id)> ThroughPreparationAsync(JsonObject? variables = null)
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync(variables)).Id;
        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: Issue));
        await fixture.Engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "approve"));
        return (fixture, id);
    }

    [Fact]
    public async Task Start_FirstStepWaitsForItsRole()
    {
        var fixture = new EngineFixture();

        var instance = await fixture.StartAsync();

        Assert.Equal(InstanceStatus.Running, instance.Status);
        var bookmark = Assert.Single(await fixture.Store.ListBookmarksAsync(instance.Id));
        Assert.Equal(("select", "office"), (bookmark.StepId, bookmark.Role));
        Assert.Equal(fixture.Clock.GetUtcNow().AddDays(5), bookmark.DueAt);
    }

    [Fact]
    public async Task Complete_InSequence_ActivatesTheNextStep()
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync()).Id;

        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: Issue));

        Assert.Equal(["approve"], await fixture.WaitingAsync(id));
        Assert.Equal(StepStatus.Completed, (await fixture.StepAsync(id, "select")).Status);
    }

    [Fact]
    public async Task Approval_RoutedBack_RunsTheTargetAgainAsANewIteration()
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync()).Id;
        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: Issue));

        await fixture.Engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "reject"));

        Assert.Equal(["select"], await fixture.WaitingAsync(id));
        Assert.Equal(2, (await fixture.StepAsync(id, "select")).Iteration);
        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: Issue));
        Assert.Equal(["approve"], await fixture.WaitingAsync(id));
        Assert.Equal(2, (await fixture.StepAsync(id, "approve")).Iteration);
    }

    [Fact]
    public async Task NextPhase_NotifiesThroughTheOutboxAndWaitsForThePilot()
    {
        var (fixture, id) = await ThroughPreparationAsync();

        Assert.Equal(["pilot"], await fixture.WaitingAsync(id));
        var message = Assert.Single(await fixture.Store.FindUndispatchedAsync(10));
        Assert.Equal(("notification", "notify-citizens"), (message.Kind, message.StepId));
        Assert.Contains("citizens", message.PayloadJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PilotLoop_AdjustAndBack_ThenParallelBranchesOpen()
    {
        var (fixture, id) = await ThroughPreparationAsync();

        await fixture.Engine.CompleteStepAsync(id, "pilot", new StepCompletion("office-user", "adjust"));
        Assert.Equal(["adjust"], await fixture.WaitingAsync(id));
        await fixture.Engine.CompleteStepAsync(id, "adjust", new StepCompletion("office-user", "done"));
        Assert.Equal(["pilot"], await fixture.WaitingAsync(id));
        await fixture.Engine.CompleteStepAsync(id, "pilot", new StepCompletion("office-user", "ready"));

        Assert.Equal(["poll", "survey"], await fixture.WaitingAsync(id));
        Assert.Equal(StepStatus.Waiting, (await fixture.StepAsync(id, "comment-period")).Status);
        Assert.Equal(2, (await fixture.StepAsync(id, "pilot")).Iteration);
    }

    [Fact]
    public async Task Join_WaitsForEveryBranch_AndAFalseGuardSkipsTheStep()
    {
        var (fixture, id) = await ThroughPreparationAsync();
        await fixture.Engine.CompleteStepAsync(id, "pilot", new StepCompletion("office-user", "ready"));
        await fixture.Engine.CompleteStepAsync(id, "survey", new StepCompletion("contractor", Output: new JsonObject { ["responses"] = 412 }));
        await fixture.Engine.CompleteStepAsync(id, "poll", new StepCompletion("system", Output: new JsonObject { ["votes"] = 9120 }));
        Assert.Equal(StepStatus.Pending, (await fixture.StepAsync(id, "monitor")).Status);

        fixture.Clock.Advance(TimeSpan.FromDays(30));
        var fired = await fixture.Engine.FireDueTimersAsync();

        Assert.True(fired >= 1);
        Assert.Equal(StepStatus.Completed, (await fixture.StepAsync(id, "comment-period")).Status);
        Assert.Equal(StepStatus.Skipped, (await fixture.StepAsync(id, "monitor")).Status);
        Assert.Equal(["report"], await fixture.WaitingAsync(id));
    }

    [Fact]
    public async Task TrueGuard_RunsTheStep()
    {
        var (fixture, id) = await ThroughPreparationAsync(new JsonObject { ["contracted"] = true });
        await fixture.Engine.CompleteStepAsync(id, "pilot", new StepCompletion("office-user", "ready"));
        await fixture.Engine.CompleteStepAsync(id, "survey", new StepCompletion("contractor"));
        await fixture.Engine.CompleteStepAsync(id, "poll", new StepCompletion("system"));
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        await fixture.Engine.FireDueTimersAsync();

        Assert.Equal(["monitor"], await fixture.WaitingAsync(id));
    }

    [Fact]
    public async Task LastStep_CompletesTheInstance_AndTheJournalChainVerifies()
    {
        var (fixture, id) = await ThroughPreparationAsync();
        await fixture.Engine.CompleteStepAsync(id, "pilot", new StepCompletion("office-user", "ready"));
        await fixture.Engine.CompleteStepAsync(id, "survey", new StepCompletion("contractor"));
        await fixture.Engine.CompleteStepAsync(id, "poll", new StepCompletion("system"));
        fixture.Clock.Advance(TimeSpan.FromDays(30));
        await fixture.Engine.FireDueTimersAsync();

        var done = await fixture.Engine.CompleteStepAsync(id, "report", new StepCompletion("chair"));

        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Empty(await fixture.Store.ListBookmarksAsync(id));
        var journal = await fixture.Store.ReadJournalAsync(id);
        Assert.Null(JournalHasher.Verify(journal));
        Assert.Equal(JournalEvents.InstanceCompleted, journal[^1].Event);
        Assert.Equal(done.JournalLength, journal.Count);
    }

    [Fact]
    public async Task DueDate_Passes_RaisesAnEscalationAndTheStepKeepsWaiting()
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync()).Id;

        fixture.Clock.Advance(TimeSpan.FromDays(6));
        await fixture.Engine.FireDueTimersAsync();

        Assert.Equal(["select"], await fixture.WaitingAsync(id));
        Assert.Contains(await fixture.Store.FindUndispatchedAsync(10), m => m.Kind == "escalation" && m.StepId == "select");
        Assert.Contains("escalation-raised select#1", await fixture.EventsAsync(id));
        Assert.Equal(0, await fixture.Engine.FireDueTimersAsync());
    }

    [Fact]
    public async Task Output_NotMatchingTheForm_IsRefusedAndNothingIsStored()
    {
        var fixture = new EngineFixture();
        var instance = await fixture.StartAsync();

        var error = await Assert.ThrowsAsync<InstanceCommandException>(() =>
            fixture.Engine.CompleteStepAsync(instance.Id, "select", new StepCompletion("office-user", Output: new JsonObject { ["title"] = "x" })));

        Assert.Equal(RuntimeCodes.OutputInvalid, error.Code);
        Assert.NotEmpty(error.Problems);
        Assert.Equal(instance.Revision, (await fixture.Store.FindInstanceAsync(instance.Id))!.Revision);
        Assert.Equal(["select"], await fixture.WaitingAsync(instance.Id));
    }

    [Fact]
    public async Task Output_FailingACheck_IsRefusedWithTheCheckMessage()
    {
        var fixture = new EngineFixture();
        fixture.Rules.Checks["select"] = scope => scope.Output?["count"]?.GetValue<int>() > 0 ? [] : ["count must be positive"];
        var instance = await fixture.StartAsync();

        var error = await Assert.ThrowsAsync<InstanceCommandException>(() =>
            fixture.Engine.CompleteStepAsync(instance.Id, "select", new StepCompletion("office-user", Output: new JsonObject { ["title"] = "Bến xe", ["count"] = 0 })));

        Assert.Equal(RuntimeCodes.ChecksFailed, error.Code);
        Assert.Equal(["count must be positive"], error.Problems.Select(p => p.Message));
    }

    [Theory]
    [InlineData(null, RuntimeCodes.OutcomeRequired)]
    [InlineData("maybe", RuntimeCodes.UnknownOutcome)]
    public async Task Approval_WithoutAValidOutcome_IsRefused(string? outcome, string code)
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync()).Id;
        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: Issue));

        var error = await Assert.ThrowsAsync<InstanceCommandException>(() => fixture.Engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", outcome)));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task CompletingAStepThatIsNotWaiting_IsRefused()
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync()).Id;

        var error = await Assert.ThrowsAsync<InstanceCommandException>(() => fixture.Engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "approve")));

        Assert.Equal(RuntimeCodes.StepNotWaiting, error.Code);
    }

    [Fact]
    public async Task TwoWritersWithTheSameRevision_ExactlyOneWins()
    {
        var fixture = new EngineFixture();
        var instance = await fixture.StartAsync();

        await fixture.Engine.CompleteStepAsync(instance.Id, "select", new StepCompletion("first", Output: Issue), instance.Revision);
        var error = await Assert.ThrowsAsync<InstanceCommandException>(() =>
            fixture.Engine.CompleteStepAsync(instance.Id, "select", new StepCompletion("second", Output: Issue), instance.Revision));

        Assert.Equal(RuntimeCodes.StepNotWaiting, error.Code);
        Assert.Single(await fixture.Store.ReadJournalAsync(instance.Id), e => e.Event == JournalEvents.StepCompleted);
    }

    [Fact]
    public async Task Suspended_RefusesCompletionsAndHoldsTimers_UntilResumed()
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync()).Id;
        await fixture.Engine.SuspendAsync(id, "admin");

        var error = await Assert.ThrowsAsync<InstanceCommandException>(() => fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: Issue)));
        fixture.Clock.Advance(TimeSpan.FromDays(6));

        Assert.Equal(RuntimeCodes.InstanceNotRunning, error.Code);
        Assert.Equal(0, await fixture.Engine.FireDueTimersAsync());
        await fixture.Engine.ResumeAsync(id, "admin");
        Assert.Equal(1, await fixture.Engine.FireDueTimersAsync());
    }

    [Fact]
    public async Task Cancel_ClosesEveryWaitingStep()
    {
        var (fixture, id) = await ThroughPreparationAsync();
        await fixture.Engine.CompleteStepAsync(id, "pilot", new StepCompletion("office-user", "ready"));

        var cancelled = await fixture.Engine.CancelAsync(id, "admin", "merged with another consultation");

        Assert.Equal(InstanceStatus.Cancelled, cancelled.Status);
        Assert.Empty(await fixture.Store.ListBookmarksAsync(id));
        Assert.Equal(StepStatus.Cancelled, (await fixture.StepAsync(id, "survey")).Status);
        fixture.Clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(0, await fixture.Engine.FireDueTimersAsync());
    }

    [Fact]
    public async Task FailingGuard_FailsTheStepWithAnIncident_AndRetryRunsItAgain()
    {
        var (fixture, id) = await ThroughPreparationAsync();
        fixture.Rules.Guards["monitor"] = _ => throw new InstanceCommandException("CE7001", id, "monitor", "the rule timed out");
        await fixture.Engine.CompleteStepAsync(id, "pilot", new StepCompletion("office-user", "ready"));
        await fixture.Engine.CompleteStepAsync(id, "survey", new StepCompletion("contractor"));
        await fixture.Engine.CompleteStepAsync(id, "poll", new StepCompletion("system"));
        fixture.Clock.Advance(TimeSpan.FromDays(30));
        await fixture.Engine.FireDueTimersAsync();

        Assert.Equal(StepStatus.Failed, (await fixture.StepAsync(id, "monitor")).Status);
        var incident = Assert.Single(await fixture.Store.ListIncidentsAsync(id));
        Assert.Equal(("monitor", "CE7001"), (incident.StepId, incident.Code));
        Assert.Empty(await fixture.WaitingAsync(id));

        fixture.Rules.Guards["monitor"] = _ => true;
        await fixture.Engine.RetryStepAsync(id, "monitor", "admin");

        Assert.Equal(["monitor"], await fixture.WaitingAsync(id));
        Assert.NotNull(Assert.Single(await fixture.Store.ListIncidentsAsync(id)).ResolvedAt);
    }

    [Fact]
    public async Task TamperingWithTheJournal_IsDetectedAtTheChangedEntry()
    {
        var (fixture, id) = await ThroughPreparationAsync();
        var journal = (await fixture.Store.ReadJournalAsync(id)).ToList();

        journal[3] = journal[3] with { Actor = "someone-else" };

        var broken = JournalHasher.Verify(journal);
        Assert.NotNull(broken);
        Assert.Equal(4, broken.Sequence);
    }
}

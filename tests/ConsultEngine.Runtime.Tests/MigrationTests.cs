using System.Text.Json.Nodes;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Tests;

public sealed class MigrationTests
{
    private static readonly Dictionary<string, string> RenameSurvey = new() { ["survey"] = "citizen-survey" };

    private static async Task<(EngineFixture Fixture, Guid Id)> WaitingOnToolsAsync()
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync()).Id;
        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: new JsonObject { ["title"] = "Bến xe" }));
        await fixture.Engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "approve"));
        await fixture.Engine.CompleteStepAsync(id, "pilot", new StepCompletion("office-user", "ready"));
        return (fixture, id);
    }

    [Fact]
    public async Task DryRun_DescribesEveryChange_AndChangesNothing()
    {
        var (fixture, id) = await WaitingOnToolsAsync();
        var before = await fixture.Store.FindInstanceAsync(id);

        var plan = await fixture.Engine.MigrateAsync(id, 2, RenameSurvey, "admin", dryRun: true);

        Assert.True(plan.CanApply, string.Join("; ", plan.Problems));
        Assert.Contains(plan.Changes, c => c is { Kind: "moved", FromStep: "survey", ToStep: "citizen-survey" });
        Assert.Contains(plan.Changes, c => c is { Kind: "kept", FromStep: "pilot" });
        Assert.Contains(plan.Changes, c => c is { Kind: "added", ToStep: "translate" });
        Assert.Contains(plan.Changes, c => c is { Kind: "not-run", ToStep: "brief" });
        Assert.Equal(before, await fixture.Store.FindInstanceAsync(id));
    }

    [Fact]
    public async Task Apply_MovesWaitingSteps_NeverRerunsFinishedOnes_AndStartsNewReadySteps()
    {
        var (fixture, id) = await WaitingOnToolsAsync();
        var activationsBefore = (await fixture.Store.ReadJournalAsync(id)).Count(e => e.Event == JournalEvents.StepActivated);

        await fixture.Engine.MigrateAsync(id, 2, RenameSurvey, "admin", dryRun: false);

        var instance = (await fixture.Store.FindInstanceAsync(id))!;
        Assert.Equal(2, instance.DefinitionVersion);
        Assert.Equal(["citizen-survey", "poll", "translate"], await fixture.WaitingAsync(id));
        var journal = await fixture.Store.ReadJournalAsync(id);
        Assert.Equal(activationsBefore + 1, journal.Count(e => e.Event == JournalEvents.StepActivated));
        Assert.Contains(journal, e => e.Event == JournalEvents.InstanceMigrated);
        Assert.Null(JournalHasher.Verify(journal));
        Assert.Equal(StepStatus.Pending, (await fixture.StepAsync(id, "brief")).Status);
    }

    [Fact]
    public async Task AfterMigration_TheInstanceRunsToTheEndOnTheNewVersion()
    {
        var (fixture, id) = await WaitingOnToolsAsync();
        await fixture.Engine.MigrateAsync(id, 2, RenameSurvey, "admin", dryRun: false);

        await fixture.Engine.CompleteStepAsync(id, "citizen-survey", new StepCompletion("contractor"));
        await fixture.Engine.CompleteStepAsync(id, "poll", new StepCompletion("system"));
        await fixture.Engine.CompleteStepAsync(id, "translate", new StepCompletion("office-user"));
        fixture.Clock.Advance(TimeSpan.FromDays(30));
        await fixture.Engine.FireDueTimersAsync();
        var done = await fixture.Engine.CompleteStepAsync(id, "report", new StepCompletion("chair"));

        Assert.Equal(InstanceStatus.Completed, done.Status);
    }

    [Fact]
    public async Task WaitingStepWithoutATarget_IsAProblem_AndApplyIsRefused()
    {
        var (fixture, id) = await WaitingOnToolsAsync();

        var plan = await fixture.Engine.MigrateAsync(id, 2, null, "admin", dryRun: true);
        var error = await Assert.ThrowsAsync<InstanceCommandException>(() => fixture.Engine.MigrateAsync(id, 2, null, "admin", dryRun: false));

        Assert.False(plan.CanApply);
        Assert.Contains(plan.Problems, p => p.StartsWith(RuntimeCodes.MigrationStepUnknown, StringComparison.Ordinal) && p.Contains("'survey'", StringComparison.Ordinal));
        Assert.Equal(RuntimeCodes.MigrationStepUnknown, error.Code);
        Assert.Equal(1, (await fixture.Store.FindInstanceAsync(id))!.DefinitionVersion);
    }
}

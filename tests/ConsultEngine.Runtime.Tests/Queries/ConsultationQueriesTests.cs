using System.Text.Json.Nodes;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Queries;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Tests.Queries;

public sealed class ConsultationQueriesTests
{
    private readonly EngineFixture _fixture = new();

    private ConsultationQueries Queries => new(_fixture.Store);

    [Fact]
    public async Task List_IsNewestFirst_AndKeepsOnlyTheStateAsked()
    {
        var older = await _fixture.StartAsync();
        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        var newer = await _fixture.StartAsync();
        await _fixture.Engine.SuspendAsync(older.Id, "office-user");

        var all = await Queries.ListAsync();
        var running = await Queries.ListAsync(new ConsultationFilter { Status = InstanceStatus.Running });
        var other = await Queries.ListAsync(new ConsultationFilter { DefinitionId = "another.definition" });

        Assert.Equal([newer.Id, older.Id], all.Select(c => c.Id));
        Assert.Equal([newer.Id], running.Select(c => c.Id));
        Assert.Empty(other);
    }

    [Fact]
    public async Task Find_ReadsTheConsultationAsARow_AndAnUnknownOneIsNull()
    {
        var started = await _fixture.StartAsync();

        var row = await Queries.FindAsync(started.Id);

        Assert.NotNull(row);
        Assert.Equal((_fixture.Definition.Id, _fixture.Definition.Version, InstanceStatus.Running, started.Revision, started.CreatedAt),
            (row.DefinitionId, row.DefinitionVersion, row.Status, row.Revision, row.StartedAt));
        Assert.Contains("\"contracted\"", row.VariablesJson, StringComparison.Ordinal);
        Assert.Null(await Queries.FindAsync(Guid.NewGuid()));
        Assert.Null(await Queries.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Get_HoldsTheStepStates_TheJournal_AndTheWaitingSteps()
    {
        var id = (await _fixture.StartAsync()).Id;
        await _fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: new JsonObject { ["title"] = "Bến xe" }));

        var detail = await Queries.GetAsync(id);

        Assert.NotNull(detail);
        var select = Assert.Single(detail.Steps, s => s.StepId == "select");
        Assert.Equal((StepStatus.Completed, "office-user", true), (select.Status, select.Actor, select.Released));
        Assert.Equal(JournalEvents.InstanceStarted, detail.Journal[0].Event);
        Assert.Equal(detail.Journal.Select(e => e.Sequence), Enumerable.Range(1, detail.Journal.Count).Select(i => (long)i));
        var waiting = Assert.Single(detail.Waiting);
        Assert.Equal(("approve", "committee", id), (waiting.StepId, waiting.Role, waiting.InstanceId));
        Assert.Empty(detail.Incidents);
    }

    [Fact]
    public async Task Journal_KeepsTheStepTheEventsAndTheEntriesAfterASequenceAsked()
    {
        var id = (await _fixture.StartAsync()).Id;
        await _fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("office-user", Output: new JsonObject { ["title"] = "Bến xe" }));
        var whole = await Queries.JournalAsync(id);

        var ofSelect = await Queries.JournalAsync(id, new JournalFilter { StepId = "select" });
        var completions = await Queries.JournalAsync(id, new JournalFilter { Events = [JournalEvents.StepCompleted] });
        var after = await Queries.JournalAsync(id, new JournalFilter { AfterSequence = whole.Count - 2 });

        Assert.NotEmpty(ofSelect);
        Assert.All(ofSelect, e => Assert.Equal("select", e.StepId));
        Assert.Equal(["select"], completions.Select(e => e.StepId));
        Assert.Equal(whole.TakeLast(2).Select(e => e.Sequence), after.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Waiting_LeavesOutSuspendedConsultations_WhenRunningOnesAreAsked_AndFiltersByRoleAndStep()
    {
        var running = (await _fixture.StartAsync()).Id;
        var suspended = (await _fixture.StartAsync()).Id;
        await _fixture.Engine.SuspendAsync(suspended, "office-user");

        var all = await Queries.WaitingAsync();
        var ofRunning = await Queries.WaitingAsync(new WaitingFilter { InstanceStatus = InstanceStatus.Running });
        var ofOneRunning = await Queries.WaitingAsync(new WaitingFilter { InstanceId = suspended, InstanceStatus = InstanceStatus.Running });
        var committee = await Queries.WaitingAsync(new WaitingFilter { Roles = ["committee"] });
        var select = await Queries.WaitingAsync(new WaitingFilter { InstanceId = running, StepId = "select" });

        Assert.Equal(2, all.Count);
        Assert.Equal([running], ofRunning.Select(w => w.InstanceId));
        Assert.Empty(ofOneRunning);
        Assert.Empty(committee);
        Assert.Equal(_fixture.Clock.GetUtcNow().AddDays(5), Assert.Single(select).DueAt);
    }
}

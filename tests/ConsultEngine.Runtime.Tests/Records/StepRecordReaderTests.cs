using System.Text.Json.Nodes;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Runtime.Records;

namespace ConsultEngine.Runtime.Tests.Records;

/// <summary>Reading back what people recorded: every iteration of every completed human step, from the journal.</summary>
public sealed class StepRecordReaderTests
{
    [Fact]
    public async Task ReadStep_AStepSentBackOnce_HasTwoIterations_EachWithItsOutputActorAndTime()
    {
        var fixture = new EngineFixture();
        var reader = Reader(fixture);
        var id = (await fixture.StartAsync()).Id;
        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("first-clerk", Output: new JsonObject { ["title"] = "Phí gửi xe" }));
        await fixture.Engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "reject"));
        fixture.Clock.Advance(TimeSpan.FromDays(2));
        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("second-clerk", Output: new JsonObject { ["title"] = "Phí gửi xe bệnh viện", ["count"] = 2 }));

        var record = await reader.ReadStepAsync(id, "select");

        Assert.Equal([1, 2], record.Iterations.Select(i => i.Iteration));
        Assert.Equal(["first-clerk", "second-clerk"], record.Iterations.Select(i => i.Actor));
        Assert.Equal(["Phí gửi xe", "Phí gửi xe bệnh viện"], record.Iterations.Select(i => i.Output!["title"]!.GetValue<string>()));
        Assert.Equal(TimeSpan.FromDays(2), record.Iterations[1].At - record.Iterations[0].At);
        Assert.Equal("Issue", record.Form?.Title?.En);
    }

    [Fact]
    public async Task ReadStep_KeepsEachIterationsOutcome()
    {
        var fixture = new EngineFixture();
        var id = await SentBackAndApprovedAsync(fixture);

        var record = await Reader(fixture).ReadStepAsync(id, "approve");

        Assert.Equal(["reject", "approve"], record.Iterations.Select(i => i.Outcome));
    }

    [Fact]
    public async Task Read_ListsTheCompletedHumanSteps_InTheDefinitionsOrder_NotTheEnginesOwnSteps()
    {
        var fixture = new EngineFixture();
        var id = await SentBackAndApprovedAsync(fixture);
        Assert.Contains("step-completed notify-citizens#1", await fixture.EventsAsync(id));

        var records = await Reader(fixture).ReadAsync(id);

        Assert.Equal(["select", "approve"], records.Select(r => r.StepId));
        Assert.Equal([2, 2], records.Select(r => r.Iterations.Count));
    }

    [Fact]
    public async Task ReadStep_AStepNotCompletedYet_HasNoIterations()
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync()).Id;

        Assert.Empty((await Reader(fixture).ReadStepAsync(id, "report")).Iterations);
    }

    [Fact]
    public async Task ReadStep_AnUnknownInstanceOrStep_IsRefusedWithItsCode()
    {
        var fixture = new EngineFixture();
        var id = (await fixture.StartAsync()).Id;
        var reader = Reader(fixture);

        var noInstance = await Assert.ThrowsAsync<InstanceCommandException>(() => reader.ReadStepAsync(Guid.NewGuid(), "select"));
        var noStep = await Assert.ThrowsAsync<InstanceCommandException>(() => reader.ReadStepAsync(id, "no-such-step"));

        Assert.Equal(RuntimeCodes.InstanceNotFound, noInstance.Code);
        Assert.Equal(RuntimeCodes.StepNotFound, noStep.Code);
    }

    private static StepRecordReader Reader(EngineFixture fixture) => new(fixture.Store, fixture.Catalog, StandardToolTypes.CreateRegistry());

    private static async Task<Guid> SentBackAndApprovedAsync(EngineFixture fixture)
    {
        var id = (await fixture.StartAsync()).Id;
        var issue = new JsonObject { ["title"] = "Phí gửi xe" };
        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("clerk", Output: issue));
        await fixture.Engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "reject"));
        await fixture.Engine.CompleteStepAsync(id, "select", new StepCompletion("clerk", Output: issue.DeepClone()));
        await fixture.Engine.CompleteStepAsync(id, "approve", new StepCompletion("chair", "approve"));
        return id;
    }
}

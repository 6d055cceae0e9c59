using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime.State;
using ConsultEngine.Testing;
using ConsultEngine.Testing.Tools;
using Snapshooter.Xunit;
using static ConsultEngine.Tools.Tests.ToolFixtures;

namespace ConsultEngine.Tools.Tests;

public sealed class LifecycleTests
{
    private static readonly ToolCaller Staff = ToolCaller.Staff("lan");

    [Fact]
    public async Task StandardDefinition_NarrowConsultation_CollectsThroughTheTool_AndCompletesWithItsSummary()
    {
        var tool = new FakeFocusGroup();
        await using var host = await ToolConsultationHost.StartAsync(RepositoryDefinitions, [tool]);
        SubmitResult? duplicate = null;

        var result = await host.RunAsync(Testing.Scenario.Load(Scenario("hdnd.standard.narrow-consultation")), async turn =>
        {
            Assert.Equal(ToolStepStatus.NotOpened, (await turn.Tools.DescribeAsync(turn.InstanceId, turn.StepId)).Status);
            await turn.Tools.SubmitAsync(turn.InstanceId, turn.StepId, Stance("agree", "0912 345 678", InputChannel.Enumerator), Staff);
            await turn.Tools.SubmitAsync(turn.InstanceId, turn.StepId, Stance("agree", "0987654321"), ToolCaller.Public());
            await turn.Tools.SubmitAsync(turn.InstanceId, turn.StepId, Stance("disagree", "0911111111"), ToolCaller.Public());
            duplicate = await turn.Tools.SubmitAsync(turn.InstanceId, turn.StepId, Stance("disagree", "+84912345678"), ToolCaller.Public());
            await turn.Tools.ExecuteAsync(turn.InstanceId, turn.StepId, "register", Payload("""{ "name": "Nguyễn Thị Hoa" }"""), ToolCaller.Public());
        });

        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Scenario.Failures));
        Assert.Equal([ToolCodes.AlreadySubmitted], duplicate!.Codes);
        var instanceId = (await host.Store.ListInstancesAsync()).Single().Id;
        var state = (await host.Store.LoadStepsAsync(instanceId, ["narrow-consultation"]))["narrow-consultation"];
        Assert.Equal(StepStatus.Completed, state.Status);
        Assert.Equal(result.Closed["narrow-consultation"].Output.ToJsonString(), state.OutputJson);
        Assert.Equal(1, tool.Opens);
        Assert.Equal(1, tool.Closes);
        Snapshot.Match(result.Closed["narrow-consultation"].Output.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task ClosedToolStep_ResultsAreReadByALaterGuard_AsToolsOfTheStep()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);
        await host.Tools.SubmitAsync(id, "listen", Stance("agree"), Staff);
        await host.Tools.SubmitAsync(id, "listen", Stance("agree"), Staff);
        await host.Tools.SubmitAsync(id, "listen", Stance("disagree"), Staff);

        var closed = await host.Tools.CloseAsync(id, "listen", "lan");

        Assert.Equal(3, (int)closed.Output["counted"]!);
        Assert.Contains("follow-up", (await host.Store.ListBookmarksAsync(id)).Select(b => b.StepId));
    }

    [Fact]
    public async Task ClosedToolStep_AGuardItFails_SkipsTheLaterStep()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);
        await host.Tools.SubmitAsync(id, "listen", Stance("disagree"), Staff);

        await host.Tools.CloseAsync(id, "listen", "lan");

        var followUp = (await host.Store.LoadStepsAsync(id, ["follow-up"]))["follow-up"];
        Assert.Equal(StepStatus.Skipped, followUp.Status);
    }

    [Fact]
    public async Task FirstUse_OpensTheStepOnce_AndOpenIsIdempotent()
    {
        var tool = new FakeFocusGroup();
        await using var host = await HostAsync(tool);
        var id = await StartAtListenAsync(host);

        await host.Tools.SubmitAsync(id, "listen", Stance("agree"), Staff);
        await host.Tools.OpenAsync(id, "listen", "lan");
        var view = await host.Tools.OpenAsync(id, "listen", "lan");

        Assert.Equal(1, tool.Opens);
        Assert.Equal(ToolStepStatus.Collecting, view.Status);
        Assert.Equal("focus-group", view.ToolId);
    }

    [Fact]
    public async Task RefusedSubmission_ReturnsTheToolsProblems_AndStoresNothing()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);

        var result = await host.Tools.SubmitAsync(id, "listen", Stance("maybe"), Staff);

        Assert.False(result.Accepted);
        Assert.Equal(["CE9501"], result.Codes);
        Assert.Equal(0, await host.ToolData.Inputs(id, "listen").CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task AcceptedSubmission_IsStoredWhenSubmitReturns()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);

        var result = await host.Tools.SubmitAsync(id, "listen", Stance("agree", "0912345678"), Staff);

        Assert.True(result.Accepted);
        var stored = Assert.Single(await host.ToolData.Inputs(id, "listen").ReadAsync(InputQuery.All));
        Assert.Equal(result.Stored.Single(), stored.Id);
        Assert.DoesNotContain("0912345678", stored.UniqueKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterClose_AnalysisAndReadOnlyActionsStillWork()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);
        await host.Tools.SubmitAsync(id, "listen", Stance("agree"), Staff);
        await host.Tools.CloseAsync(id, "listen", "lan");

        var analysis = await host.Tools.AnalyseAsync(id, "listen");
        var count = await host.Tools.ExecuteAsync(id, "listen", "count", Payload("{}"), Staff);

        Assert.Equal(1, analysis.Basis.Counted);
        Assert.Equal(1, count!.Value.GetProperty("inputs").GetInt32());
        Assert.Equal(ToolStepStatus.Completed, (await host.Tools.DescribeAsync(id, "listen")).Status);
    }

    [Fact]
    public async Task Close_OnAStepWithoutInputs_CompletesWithZeroCounts()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);

        var closed = await host.Tools.CloseAsync(id, "listen", "lan");

        Assert.Equal(0, (int)closed.Output["counted"]!);
        Assert.Equal(JsonValueKind.Object, JsonSerializer.SerializeToElement(closed.Output).ValueKind);
        Assert.IsType<JsonObject>(closed.Output["questions"]);
    }
}

using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using static ConsultEngine.Tools.Tests.ToolFixtures;

namespace ConsultEngine.Tools.Tests;

/// <summary>Every code of the tool contract the host reports (CE9101–CE9110), each from its own path.</summary>
public sealed class RefusalTests
{
    private static readonly ToolCaller Staff = ToolCaller.Staff("lan");

    [Fact]
    public async Task Submit_ToAStepWhoseToolIsNotLoaded_IsCE9101()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.SubmitAsync(id, "vote", Stance("agree"), Staff));

        Assert.Equal(ToolCodes.ToolNotLoaded, error.Code);
    }

    [Fact]
    public async Task Submit_ToAToolStepNotReachedYet_IsCE9102()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var instance = await host.Engine.StartAsync("test.tools", 1);

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.SubmitAsync(instance.Id, "listen", Stance("agree"), Staff));

        Assert.Equal(ToolCodes.StepNotCollecting, error.Code);
    }

    [Fact]
    public async Task Submit_ToAStepThatIsNotAToolStep_IsCE9102()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var instance = await host.Engine.StartAsync("test.tools", 1);

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.SubmitAsync(instance.Id, "prepare", Stance("agree"), Staff));

        Assert.Equal(ToolCodes.StepNotCollecting, error.Code);
    }

    [Fact]
    public async Task Submit_AfterClose_IsCE9102()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);
        await host.Tools.CloseAsync(id, "listen", "lan");

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.SubmitAsync(id, "listen", Stance("agree"), Staff));

        Assert.Equal(ToolCodes.StepNotCollecting, error.Code);
    }

    [Fact]
    public async Task Submit_SamePersonTwice_SecondIsACE9103Problem_AndNotStored()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);
        await host.Tools.SubmitAsync(id, "listen", Stance("agree", "0912345678"), Staff);

        var second = await host.Tools.SubmitAsync(id, "listen", Stance("disagree", "+84 912.345.678"), Staff);

        Assert.False(second.Accepted);
        Assert.Equal([ToolCodes.AlreadySubmitted], second.Codes);
        Assert.Equal(1, await host.ToolData.Inputs(id, "listen").CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task Execute_AnUnknownAction_IsCE9107()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.ExecuteAsync(id, "listen", "dance", Payload("{}"), Staff));

        Assert.Equal(ToolCodes.UnknownAction, error.Code);
    }

    [Fact]
    public async Task Execute_WithAnInvalidPayload_IsCE9108_WithEachSchemaErrorAtItsPointer()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.ExecuteAsync(id, "listen", "register", Payload("""{ "name": "", "age": 12 }"""), ToolCaller.Public()));

        Assert.Equal(ToolCodes.PayloadInvalid, error.Code);
        Assert.All(error.Problems, p => Assert.Equal(ToolCodes.PayloadInvalid, p.Code));
        Assert.Equal(["/age", "/name"], error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Execute_AStaffActionAsThePublic_IsCE9109()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.ExecuteAsync(id, "listen", "count", Payload("{}"), ToolCaller.Public()));

        Assert.Equal(ToolCodes.NotAllowed, error.Code);
    }

    [Fact]
    public async Task Submit_ThePublicThroughAnEnumerator_IsACE9109Problem()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);

        var result = await host.Tools.SubmitAsync(id, "listen", Stance("agree", channel: InputChannel.Enumerator), ToolCaller.Public());

        Assert.Equal([ToolCodes.NotAllowed], result.Codes);
    }

    [Fact]
    public async Task PluginThatThrows_IsCE9110NamingTheTool_AndTheHostKeepsWorking()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);

        var collect = await Assert.ThrowsAsync<ToolException>(() => host.Tools.SubmitAsync(id, "listen", Stance("boom"), Staff));
        var action = await Assert.ThrowsAsync<ToolException>(() => host.Tools.ExecuteAsync(id, "listen", "explode", Payload("{}"), Staff));
        var after = await host.Tools.SubmitAsync(id, "listen", Stance("agree"), Staff);

        Assert.Equal(ToolCodes.ToolFault, collect.Code);
        Assert.Equal("focus-group", collect.ToolId);
        Assert.DoesNotContain("0912345678", collect.Message, StringComparison.Ordinal);
        Assert.Equal(ToolCodes.ToolFault, action.Code);
        Assert.True(after.Accepted);
    }

    [Fact]
    public async Task PluginThatFailsToClose_IsCE9110_AndTheStepGoesOnCollecting()
    {
        var tool = new FakeFocusGroup { FailNextClose = true };
        await using var host = await HostAsync(tool);
        var id = await StartAtListenAsync(host);

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.CloseAsync(id, "listen", "lan"));
        var submitted = await host.Tools.SubmitAsync(id, "listen", Stance("agree"), Staff);
        var closed = await host.Tools.CloseAsync(id, "listen", "lan");

        Assert.Equal(ToolCodes.ToolFault, error.Code);
        Assert.True(submitted.Accepted);
        Assert.Equal(1, (int)closed.Output["counted"]!);
    }

    [Fact]
    public async Task Close_OfAStepAlreadyCompleted_IsCE9102()
    {
        await using var host = await HostAsync(new FakeFocusGroup());
        var id = await StartAtListenAsync(host);
        await host.Tools.CloseAsync(id, "listen", "lan");

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.CloseAsync(id, "listen", "lan"));

        Assert.Equal(ToolCodes.StepNotCollecting, error.Code);
    }

    [Fact]
    public async Task Submit_ToAnUnknownInstance_IsTheEnginesCE8002()
    {
        await using var host = await HostAsync(new FakeFocusGroup());

        var error = await Assert.ThrowsAsync<ToolException>(() => host.Tools.SubmitAsync(Guid.NewGuid(), "listen", Stance("agree"), Staff));

        Assert.Equal(Runtime.RuntimeCodes.InstanceNotFound, error.Code);
    }
}

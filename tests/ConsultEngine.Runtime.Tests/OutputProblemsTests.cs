using System.Text.Json.Nodes;

namespace ConsultEngine.Runtime.Tests;

/// <summary>A refused output's problems are coded records at the JSON Pointer of their field, never "pointer: message" strings.</summary>
public sealed class OutputProblemsTests
{
    [Fact]
    public async Task AMissingRequiredProperty_IsReportedAtThePropertyItself()
    {
        var fixture = new EngineFixture();
        var instance = await fixture.StartAsync();

        var error = await Assert.ThrowsAsync<InstanceCommandException>(() =>
            fixture.Engine.CompleteStepAsync(instance.Id, "select", new StepCompletion("office-user", Output: new JsonObject { ["count"] = 2 })));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((RuntimeCodes.OutputInvalid, "/title"), (problem.Code, problem.Path));
    }

    [Fact]
    public async Task AValueBreakingItsSchema_IsReportedAtItsPointer()
    {
        var fixture = new EngineFixture();
        var instance = await fixture.StartAsync();

        var error = await Assert.ThrowsAsync<InstanceCommandException>(() =>
            fixture.Engine.CompleteStepAsync(instance.Id, "select", new StepCompletion("office-user", Output: new JsonObject { ["title"] = "x", ["count"] = "two" })));

        Assert.Equal(["/count", "/title"], error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(error.Problems, p => Assert.Equal(RuntimeCodes.OutputInvalid, p.Code));
    }
}

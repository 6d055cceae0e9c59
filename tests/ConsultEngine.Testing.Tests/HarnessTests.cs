using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;

namespace ConsultEngine.Testing.Tests;

/// <summary>The harness itself: the clock, tool results, scenario parsing and how a scenario reports what did not hold.</summary>
public sealed class HarnessTests
{
    private static ProcessDefinition Timers() =>
        DefinitionJson.DeserializeDefinition(File.ReadAllText(Path.Combine(ScenarioFiles.FixturesFolder, "timers.json")));

    private static ScenarioRunner Runner()
    {
        var catalog = new DefinitionCatalog();
        catalog.Add(Timers());
        return new ScenarioRunner(catalog);
    }

    [Fact]
    public async Task AdvanceAsync_FiresEveryTimerOnTheWay_InDueOrder_AtItsDueTime()
    {
        var simulator = new ConsultationSimulator(Timers());
        await simulator.StartAsync();

        await simulator.AdvanceAsync(TimeSpan.FromDays(5));

        var run = await simulator.NormalizedAsync();
        var fired = run.Journal.Where(e => e.Event == "timer-elapsed").Select(e => $"{e.At} {e.Step} {e.Data?["kind"]}");
        Assert.Equal(["+P1D short-wait wait", "+P2D draft due", "+P3D long-wait wait"], fired);
        Assert.Equal(ManualClock.DefaultStart.AddDays(5), simulator.Clock.GetUtcNow());
    }

    [Fact]
    public async Task AdvanceAsync_StopsShortOfATimerDueLater()
    {
        var simulator = new ConsultationSimulator(Timers());
        await simulator.StartAsync();

        await simulator.AdvanceAsync(TimeSpan.FromHours(47));

        var run = await simulator.NormalizedAsync();
        Assert.Equal(["+P1D short-wait"], run.Journal.Where(e => e.Event == "timer-elapsed").Select(e => $"{e.At} {e.Step}"));
        Assert.Equal("waiting#1", run.Steps["long-wait"]);
    }

    [Fact]
    public async Task AdvanceAsync_ToExactlyADueDate_FiresIt_BeforeTheNextAction()
    {
        var simulator = new ConsultationSimulator(Timers());
        await simulator.StartAsync();

        await simulator.AdvanceAsync(TimeSpan.FromDays(2));
        await simulator.CompleteAsync("draft", output: new JsonObject { ["text"] = "Dự thảo" });

        var run = await simulator.NormalizedAsync();
        Assert.Equal(["+P2D escalation draft"], run.Outbox);
    }

    [Fact]
    public async Task FeedToolResultAsync_OnAHumanStep_IsRefused_AndTheStepStillWaits()
    {
        var simulator = new ConsultationSimulator(Timers());
        await simulator.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => simulator.FeedToolResultAsync("draft", new JsonObject { ["text"] = "kết quả" }));

        Assert.Equal("stepId", error.ParamName);
        Assert.Contains("draft", await simulator.WaitingStepsAsync());
    }

    [Fact]
    public async Task FeedToolResultAsync_OnAWaitingToolStep_ClosesIt_WithTheResultsAsOutput()
    {
        var simulator = new ConsultationSimulator(Timers());
        await simulator.StartAsync();
        await simulator.CompleteAsync("draft", output: new JsonObject { ["text"] = "Dự thảo" });
        await simulator.AdvanceAsync(TimeSpan.FromDays(3));

        await simulator.FeedToolResultAsync("poll", new JsonObject { ["votes"] = 120 });

        var run = await simulator.NormalizedAsync();
        Assert.Equal("completed", run.Status);
        Assert.Equal(120, run.Journal.Last(e => e.Event == "step-completed").Data?["output"]?["votes"]?.GetValue<int>());
    }

    [Theory]
    [InlineData("""{ "definition": "test.timers@1", "actions": [ { "complete": "draft", "outpt": {} } ] }""", "$.actions[0].outpt")]
    [InlineData("""{ "definition": "test.timers@1", "actions": [ { "advance": "P1D" }, { "complete": "draft", "advance": "P1D" } ] }""", "$.actions[1]")]
    [InlineData("""{ "definition": "test.timers@1", "actions": [ { "comment": "does nothing" } ] }""", "$.actions[0]")]
    [InlineData("""{ "definition": "test.timers@1", "actions": [ { "advance": "30 days" } ] }""", "$.actions[0].advance")]
    [InlineData("""{ "definition": "test.timers@1", "actions": [ { "tool": "poll", "output": { "votes": 1 } } ] }""", "$.actions[0].output")]
    [InlineData("""{ "definition": "test.timers@1", "actions": [ { "complete": "draft", "results": {} } ] }""", "$.actions[0].results")]
    [InlineData("""{ "definition": "test.timers@1", "actions": [ { "advance": "P1D", "expectError": "CE8004" } ] }""", "$.actions[0].expectError")]
    [InlineData("""{ "definition": "test.timers", "actions": [] }""", "$.definition")]
    [InlineData("""{ "actions": [] }""", "$.definition")]
    public void Parse_AMalformedScenario_IsRefused_WithThePathOfTheMistake(string json, string path)
    {
        var error = Assert.Throws<JsonException>(() => Scenario.Parse(json));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Parse_TextThatIsNotJson_IsRefused_WithItsLine()
    {
        var error = Assert.Throws<JsonException>(() => Scenario.Parse("{\n  \"definition\": \"test.timers@1\",\n  \"actions\": [ { \"advance\": P1D } ]\n}"));

        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void Load_AMalformedFile_NamesTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "definition": "test.timers@1", "actions": [ {} ] }""");
        try
        {
            var error = Assert.Throws<JsonException>(() => Scenario.Load(file));

            Assert.StartsWith(Path.GetFileName(file), error.Message, StringComparison.Ordinal);
            Assert.Equal("$.actions[0]", error.Path);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RunAsync_AnExpectationThatDoesNotHold_IsAFailure_AndTheScenarioGoesOn()
    {
        var scenario = Scenario.Parse("""
            { "definition": "test.timers@1", "actions": [
              { "expect": { "waiting": ["poll"], "status": "completed", "steps": { "draft": "completed" } } },
              { "complete": "draft", "output": { "text": "Dự thảo" } },
              { "advance": "P3D" },
              { "expect": { "waiting": ["poll"] } }
            ] }
            """);

        var result = await Runner().RunAsync(scenario);

        Assert.False(result.Passed);
        Assert.Equal(3, result.Failures.Count);
        Assert.All(result.Failures, f => Assert.StartsWith("action 1:", f, StringComparison.Ordinal));
        Assert.Equal(["poll"], result.Run.Waiting);
    }

    [Fact]
    public async Task RunAsync_AnExpectationOnAStepTheDefinitionDoesNotHave_IsAFailure()
    {
        var scenario = Scenario.Parse("""{ "definition": "test.timers@1", "actions": [ { "expect": { "steps": { "drafts": "pending" } } } ] }""");

        var result = await Runner().RunAsync(scenario);

        Assert.Contains("'drafts'", Assert.Single(result.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ARefusedAction_IsAFailure_NotAnException()
    {
        var scenario = Scenario.Parse("""{ "definition": "test.timers@1", "actions": [ { "complete": "draft", "output": { "text": "" } } ] }""");

        var result = await Runner().RunAsync(scenario);

        Assert.Contains("CE8008", Assert.Single(result.Failures), StringComparison.Ordinal);
        Assert.Equal(["draft"], result.Run.Waiting);
    }

    [Fact]
    public async Task RunAsync_AnExpectedErrorThatDoesNotHappen_IsAFailure()
    {
        var scenario = Scenario.Parse("""{ "definition": "test.timers@1", "actions": [ { "complete": "draft", "output": { "text": "Dự thảo" }, "expectError": "CE8008" } ] }""");

        var result = await Runner().RunAsync(scenario);

        Assert.Single(result.Failures);
    }

    [Fact]
    public async Task RunAsync_AnExpectedErrorWithAnotherCode_IsAFailure()
    {
        var scenario = Scenario.Parse("""{ "definition": "test.timers@1", "actions": [ { "complete": "poll", "expectError": "CE8008" } ] }""");

        var result = await Runner().RunAsync(scenario);

        Assert.Contains("CE8004", Assert.Single(result.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NormalizedRun_WritesTheEnginesMomentsAsOffsets_AndLeavesOutputsAsSubmitted()
    {
        var simulator = new ConsultationSimulator(Timers());
        await simulator.StartAsync();
        await simulator.CompleteAsync("draft", output: new JsonObject { ["text"] = "2026-01-20T01:00:00+00:00" });

        var run = await simulator.NormalizedAsync();

        Assert.Equal("+P2D", run.Journal.First(e => e.Event == "step-waiting" && e.Step == "draft").Data?["due"]?.GetValue<string>());
        Assert.Equal("+P3D", run.Journal.First(e => e.Event == "step-waiting" && e.Step == "long-wait").Data?["until"]?.GetValue<string>());
        Assert.Equal("2026-01-20T01:00:00+00:00", run.Journal.First(e => e.Event == "step-completed").Data?["output"]?["text"]?.GetValue<string>());
    }
}

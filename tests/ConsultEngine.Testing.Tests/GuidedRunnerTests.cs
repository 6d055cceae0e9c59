using System.Text.Json.Nodes;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Testing.Guided;

namespace ConsultEngine.Testing.Tests;

/// <summary>The guided run behind the designer's simulation: default paths, chosen outcomes, checked outputs and the limits that end a broken run with a code.</summary>
public sealed class GuidedRunnerTests
{
    private static readonly JsonObject Issue = new()
    {
        ["province"] = "Nghệ An",
        ["year"] = 2026,
        ["issueTitle"] = "Thu gom rác thải sinh hoạt ở nông thôn",
    };

    private static ProcessDefinition Standard() =>
        DefinitionJson.DeserializeDefinition(File.ReadAllText(Path.Combine(ScenarioFiles.DefinitionsFolder, "standard", "hdnd.standard.v1.json")));

    private static ProcessDefinition Loop() =>
        DefinitionJson.DeserializeDefinition(File.ReadAllText(Path.Combine(ScenarioFiles.FixturesFolder, "guided-loop.json")));

    private static Task<GuidedRunResult> RunAsync(ProcessDefinition definition, GuidedScenario scenario) => new GuidedRunner().RunAsync(definition, scenario);

    [Fact]
    public async Task Standard_DefaultPath_RunsEveryPhaseToTheEnd_WithAVerifiedJournal()
    {
        var result = await RunAsync(Standard(), new GuidedScenario { Variables = Issue });

        Assert.Null(result.Stop);
        Assert.Empty(result.Refusals);
        Assert.True(result.Completed);
        var run = result.Run!;
        Assert.Equal("completed", run.Status);
        Assert.True(run.ChainVerifies);
        Assert.Equal(["prepare", "carry-out", "analyse", "feedback", "policy"],
            run.Journal.Where(e => e.Event == "phase-started").Select(e => e.Data!["phase"]!.GetValue<string>()));
        Assert.Equal("completed#1 (selected)", run.Steps["select-issues"]);
        Assert.False(run.Steps.ContainsKey("supplement-issue-information") && run.Steps["supplement-issue-information"].StartsWith("completed", StringComparison.Ordinal));
        // No tools were chosen in the (empty) design, so every tool step is skipped by its guard.
        Assert.Equal("skipped#1", run.Steps["run-survey"]);
        Assert.Contains(run.Journal, e => e.Event == "step-completed" && e.Step == "select-issues" && e.Actor == "standing-committee" && e.Data?["outcome"]?.GetValue<string>() == "selected");
        Assert.Contains("collect-issues-activity-plan", result.UncheckedSteps);
    }

    [Fact]
    public async Task ChosenOutcome_RoutesBack_ThenTheDefaultPathGoesOn()
    {
        var scenario = new GuidedScenario
        {
            Variables = Issue,
            Steps = new Dictionary<string, GuidedChoice>(StringComparer.Ordinal)
            {
                ["select-issues"] = new() { Outcomes = ["more-information"] },
            },
        };

        var result = await RunAsync(Standard(), scenario);

        Assert.True(result.Completed);
        var run = result.Run!;
        Assert.Equal("completed#1 (supplemented)", run.Steps["supplement-issue-information"]);
        Assert.Equal("completed#2 (selected)", run.Steps["select-issues"]);
        Assert.Contains(run.Journal, e => e.Event == "route-taken" && e.Step == "select-issues" && e.Data?["to"]?.GetValue<string>() == "supplement-issue-information");
    }

    [Fact]
    public async Task ARouteBackTakenEveryTime_EndsAtTheStepLimit_WithCE8601()
    {
        var scenario = new GuidedScenario
        {
            MaxSteps = 25,
            Steps = new Dictionary<string, GuidedChoice>(StringComparer.Ordinal) { ["review"] = new() { Outcomes = ["revise"], Repeat = true } },
        };

        var result = await RunAsync(Loop(), scenario);

        Assert.Equal(GuidedRunCodes.StepLimitReached, result.Stop?.Code);
        Assert.Equal(25, result.StepsTaken);
        Assert.Equal("running", result.Run!.Status);
        Assert.True(result.Run.Journal.Count(e => e.Event == "route-taken") >= 10);
    }

    [Fact]
    public async Task ATimeLimitAlreadyPassed_StopsTheRun_WithCE8602()
    {
        var result = await RunAsync(Loop(), new GuidedScenario { TimeLimit = TimeSpan.FromTicks(1) });

        Assert.Equal(GuidedRunCodes.TimeLimitReached, result.Stop?.Code);
    }

    [Fact]
    public async Task AGivenOutputIsChecked_ARefusalCarriesTheEngineCode_AndTheRunStallsWithCE8603()
    {
        var scenario = new GuidedScenario
        {
            Variables = Issue,
            Steps = new Dictionary<string, GuidedChoice>(StringComparer.Ordinal)
            {
                ["collect-issues-voters-media"] = new()
                {
                    Output = JsonNode.Parse("""{ "candidates": [ { "title": "Giá dịch vụ thu gom rác", "description": "Cử tri phản ánh.", "source": "socio-economic-plan" } ] }"""),
                },
            },
        };

        var result = await RunAsync(Standard(), scenario);

        var refusal = Assert.Single(result.Refusals);
        Assert.Equal("collect-issues-voters-media", refusal.StepId);
        Assert.Equal("CE8009", refusal.Code);
        Assert.Equal(GuidedRunCodes.Stalled, result.Stop?.Code);
        Assert.Equal("collect-issues-voters-media", result.Stop?.StepId);
        Assert.DoesNotContain("collect-issues-voters-media", result.UncheckedSteps);
    }

    [Fact]
    public async Task CheckingAllOutputs_RefusesTheEmptyOutputOfTheFirstFormStep_WithCE8008()
    {
        var result = await RunAsync(Standard(), new GuidedScenario { Variables = Issue, CheckAllOutputs = true });

        Assert.Contains(result.Refusals, r => r.StepId == "collect-issues-activity-plan" && r.Code == "CE8008");
        Assert.Equal(GuidedRunCodes.Stalled, result.Stop?.Code);
        Assert.Empty(result.UncheckedSteps);
    }

    [Fact]
    public async Task AMissingRequiredVariable_DoesNotStart_CE8604WithTheEngineCode()
    {
        var result = await RunAsync(Standard(), new GuidedScenario());

        Assert.Equal(GuidedRunCodes.NotStarted, result.Stop?.Code);
        Assert.Equal("CE8013", Assert.Single(result.Refusals).Code);
        Assert.Null(result.Run);
    }

    [Theory]
    [InlineData("no-such-step", null)]
    [InlineData("review", "no-such-outcome")]
    public async Task AScenarioNamingWhatTheDefinitionLacks_IsRefused_WithCE8605(string step, string? outcome)
    {
        var scenario = new GuidedScenario
        {
            Steps = new Dictionary<string, GuidedChoice>(StringComparer.Ordinal) { [step] = new() { Outcomes = outcome is null ? [] : [outcome] } },
        };

        var result = await RunAsync(Loop(), scenario);

        Assert.Equal(GuidedRunCodes.ScenarioInvalid, result.Stop?.Code);
        Assert.Null(result.Run);
    }

    [Fact]
    public async Task AHostileGuard_IsStoppedByTheSandbox_AndShowsAsAnIncident_NotAHang()
    {
        var started = DateTime.UtcNow;
        var result = await RunAsync(Loop(), new GuidedScenario { Variables = new JsonObject { ["hostile"] = true } });

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        var incident = Assert.Single(result.Run!.Incidents);
        Assert.Matches(@"^\+P\S+ CE(70\d\d|8011) guarded$", incident);
    }

    [Fact]
    public async Task TheRecordedScenario_ReplaysThroughTheScenarioRunner_ToTheSameJournal()
    {
        var definition = Standard();
        var scenario = new GuidedScenario
        {
            Variables = Issue,
            Steps = new Dictionary<string, GuidedChoice>(StringComparer.Ordinal) { ["approve-consultation-plan"] = new() { Outcomes = ["revise"] } },
        };
        var result = await RunAsync(definition, scenario);
        var relaxed = definition with
        {
            Phases = [.. definition.Phases.Select(p => p with { Steps = [.. p.Steps.Select(s => s with { Form = null, Validate = [] })] })],
        };
        var catalog = new Definitions.Overlays.DefinitionCatalog();
        catalog.Add(relaxed);

        var replay = await new ScenarioRunner(catalog).RunAsync(result.Scenario);

        Assert.True(replay.Passed, string.Join("\n", replay.Failures));
        Assert.Equal(result.Run!.ToText(), replay.Run.ToText());
    }
}

using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Demo;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Acceptance.Tests;

/// <summary>
/// The finished example of <c>hdnd.standard@2</c>: the coding step reports the kappa the focus groups'
/// two coders gave, every opinion has a disposition, the recommendations rest on evidence the
/// consultation holds, the decisions answer recommendations, and the results were published after approval.
/// </summary>
public sealed class DemoRegistersTests(FullDemoFixture demo) : IClassFixture<FullDemoFixture>
{
    private IConsultationRegisters Registers => demo.Database.Services.GetRequiredService<IConsultationRegisters>();

    private Guid Id => demo.Database.InstanceId;

    [Fact]
    public async Task TheCodingStep_ReportsTheKappaOfTheFocusGroupsTwoCoders()
    {
        var groups = await demo.Database.AnalyseAsync("run-focus-groups");
        var coding = await OutputAsync("code-qualitative-input");
        Assert.NotNull(groups.CoderAgreement);
        Assert.Equal(Math.Round(groups.CoderAgreement.Overall.Kappa!.Value, 3), coding["agreement"]!["kappa"]!.GetValue<double>(), 6);
        Assert.Equal(groups.CoderAgreement.Passages, coding["sample"]!["size"]!.GetValue<int>());
        Assert.NotEqual(coding["coders"]!["primary"]!.GetValue<string>(), coding["coders"]!["second"]!.GetValue<string>());
    }

    [Fact]
    public async Task EveryOpinion_HasADisposition_OfEveryKind_AndTheStepCountsWhatTheRegisterHolds()
    {
        var entries = await Registers.EntriesAsync(Id);
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.NotNull(e.Disposition));
        Assert.All(entries.Where(e => e.Disposition!.Kind == DispositionKind.NotTakenUp), e => Assert.False(string.IsNullOrWhiteSpace(e.Disposition!.Entry.Explanation)));
        Assert.All(Enum.GetValues<DispositionKind>(), kind => Assert.Contains(entries, e => e.Disposition!.Kind == kind));
        Assert.Contains(entries, e => e.Disposition!.Entry.GroupId is not null);

        var progress = await Registers.ProgressAsync(Id);
        var step = await StepAsync("record-dispositions");
        var output = JsonNode.Parse(step.OutputJson!)!;
        Assert.Equal(("complete", true), (step.Outcome, progress.Complete));
        Assert.Equal(progress.Total, output["opinionsTotal"]!.GetValue<int>());
        Assert.Equal(progress.Dispositioned, output["dispositioned"]!.GetValue<int>());
        Assert.Equal(progress.ByKind[DispositionKind.TakenUp], output["byDisposition"]!["takenUp"]!.GetValue<int>());
        Assert.Equal(progress.ByKind[DispositionKind.PartlyTakenUp], output["byDisposition"]!["partlyTakenUp"]!.GetValue<int>());
        Assert.Equal(progress.ByKind[DispositionKind.NotTakenUp], output["byDisposition"]!["notTakenUp"]!.GetValue<int>());
        Assert.Equal(progress.ByKind[DispositionKind.OutOfScope], output["byDisposition"]!["outOfScope"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheRecommendations_AreTheReports_EachAnswered_AndRestOnThemesAndInputsThatExist()
    {
        var report = await OutputAsync("prepare-analysis-report");
        var recommendations = await Registers.RecommendationsAsync(Id);
        Assert.Equal(report["recommendations"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Order(), recommendations.Select(r => r.Recommendation.Id).Order());

        var entries = await Registers.EntriesAsync(Id);
        var themes = entries.SelectMany(e => e.Opinion.Themes).ToHashSet(StringComparer.Ordinal);
        var inputs = entries.Select(e => e.Opinion.InputId).ToHashSet();
        Assert.All(recommendations, r =>
        {
            Assert.NotEmpty(r.Responses);
            Assert.NotEmpty(r.Recommendation.Evidence.ThemeIds);
            Assert.NotEmpty(r.Recommendation.Evidence.InputIds);
            Assert.All(r.Recommendation.Evidence.ThemeIds, t => Assert.Contains(t, themes));
            Assert.All(r.Recommendation.Evidence.InputIds, i => Assert.Contains(i, inputs));
        });
    }

    [Fact]
    public async Task TheDecisions_AnswerRecommendations_SomeAdoptedWithTheResolution_SomeStillInDrafting()
    {
        var recommendations = (await Registers.RecommendationsAsync(Id)).Select(r => r.Recommendation.Id).ToHashSet(StringComparer.Ordinal);
        var decisions = await Registers.DecisionsAsync(Id);
        Assert.All(decisions, d => Assert.All(d.RecommendationIds, r => Assert.Contains(r, recommendations)));
        Assert.All(decisions, d => Assert.NotEmpty(d.RecommendationIds));
        Assert.All(decisions.Where(d => d.Status == DecisionStatus.Adopted), d => Assert.True(d.ResolutionNumber is { Length: > 0 } && d.ResolutionDate is not null, d.Id));
        Assert.Contains(decisions, d => d.Status == DecisionStatus.Adopted);
        Assert.Contains(decisions, d => d.Status == DecisionStatus.InDrafting);

        var recorded = await OutputAsync("record-policy-decisions");
        Assert.Equal(decisions.Select(d => d.Id).Order(), recorded["decisions"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task ThePublication_WasApproved_ThenTheApprovedContentPublished_AndVotersToldOfIt()
    {
        var approval = await StepAsync("approve-publication");
        var published = await StepAsync("publish-results");
        Assert.Equal((StepStatus.Completed, "approve"), (approval.Status, approval.Outcome));
        Assert.Equal(StepStatus.Completed, published.Status);
        Assert.True(published.CompletedAt >= approval.CompletedAt);
        Assert.Equal(StepStatus.Completed, (await StepAsync("feedback-to-voters")).Status);
    }

    private async Task<StepState> StepAsync(string stepId) =>
        (await demo.Database.Engine.Store.LoadAllStepsAsync(Id)).Single(s => s.StepId == stepId);

    private async Task<JsonNode> OutputAsync(string stepId) => JsonNode.Parse((await StepAsync(stepId)).OutputJson!)!;
}

/// <summary><see cref="DemoOptions.StopBefore"/>: the example left waiting at a step for a test to take over.</summary>
public sealed class DemoStopBeforeTests
{
    [Fact]
    public async Task StoppingBeforeTheApproval_LeavesItWaiting_WithTheRegistersDone_AndNothingPublished()
    {
        await using var demo = await DemoDatabase.CreateAsync(DemoOptions.Small with { StopBefore = "approve-publication" });
        var instance = await demo.InstanceAsync();
        var steps = (await demo.Engine.Store.LoadAllStepsAsync(demo.InstanceId)).ToDictionary(s => s.StepId);
        Assert.Equal(InstanceStatus.Running, instance.Status);
        Assert.Equal(StepStatus.Waiting, steps["approve-publication"].Status); // an approval step waits for its decision
        Assert.Equal(StepStatus.Completed, steps["record-dispositions"].Status);
        // A step not reached yet has no state at all.
        Assert.False(steps.TryGetValue("publish-results", out var published) && published.Status == StepStatus.Completed, "results published before the approval");
        Assert.False(steps.TryGetValue("feedback-to-voters", out var told) && told.Status == StepStatus.Completed, "voters told before the approval");
        Assert.True((await demo.Services.GetRequiredService<IConsultationRegisters>().ProgressAsync(demo.InstanceId)).Complete);
    }
}

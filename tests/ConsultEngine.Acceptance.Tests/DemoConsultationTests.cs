using System.Diagnostics;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Demo;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using Xunit.Abstractions;

namespace ConsultEngine.Acceptance.Tests;

/// <summary>The full example consultation, created once for the class through the four standard plugins.</summary>
public sealed class FullDemoFixture : IAsyncLifetime
{
    public DemoDatabase Database { get; private set; } = null!;

    public TimeSpan Took { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Database = await DemoDatabase.CreateAsync(DemoOptions.Full);
        Took = clock.Elapsed;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// <see cref="DemoConsultation"/>: a finished consultation of the standard process with thousands of
/// inputs through the real tools, the same data for the same seed, never written over another one.
/// </summary>
public sealed class DemoConsultationTests(FullDemoFixture demo, ITestOutputHelper output) : IClassFixture<FullDemoFixture>
{
    [Fact]
    public async Task TheExample_IsCompleted_WithEveryStepOfEveryPhaseCompletedOrSkipped()
    {
        output.WriteLine($"the full example took {demo.Took.TotalSeconds:0.0} s");
        var instance = await demo.Database.InstanceAsync();
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal(("hdnd.standard", 2), (instance.DefinitionId, instance.DefinitionVersion));
        var steps = await demo.Database.Engine.Store.LoadAllStepsAsync(demo.Database.InstanceId);
        Assert.Equal(49, steps.Count); // every step of the five phases of v2, the route-only ones included
        Assert.All(steps, s => Assert.True(s.Status is StepStatus.Completed or StepStatus.Skipped, $"{s.StepId} is {s.Status}"));
        Assert.Empty(await demo.Database.Engine.Store.ListIncidentsAsync(demo.Database.InstanceId));
    }

    [Fact]
    public async Task TheConsultationPlanAndThePilot_WereEachSentBackOnce()
    {
        var steps = (await demo.Database.Engine.Store.LoadAllStepsAsync(demo.Database.InstanceId)).ToDictionary(s => s.StepId);
        Assert.Equal(2, steps["prepare-consultation-plan"].Iteration);
        Assert.Equal(("approved", 2), (steps["approve-consultation-plan"].Outcome, steps["approve-consultation-plan"].Iteration));
        Assert.Equal(("ready", 2), (steps["pilot-test-tools"].Outcome, steps["pilot-test-tools"].Iteration));
        Assert.Equal(("selected", 2), (steps["select-issues"].Outcome, steps["select-issues"].Iteration));
    }

    [Fact]
    public async Task TheSurvey_CountsThousandsOfResponses_WithRespondentAttributes_AndLeavesThePilotOut()
    {
        var survey = await demo.Database.AnalyseAsync("run-survey");
        Assert.True(survey.Basis.Counted >= 2_000, $"{survey.Basis.Counted} responses counted");
        Assert.Equal(20, survey.Basis.ExcludedPilot);
        var frequency = survey.Questions.Single(q => q.Id == "tan_suat");
        Assert.Equal(5, frequency.Options.Count);
        // Not uniform: daily collection in the wards outweighs no collection at all.
        Assert.True(frequency.Options.Single(o => o.Value == "hang-ngay").Count > 3 * frequency.Options.Single(o => o.Value == "khong-thu-gom").Count);
    }

    [Fact]
    public async Task ThePoll_CountsHundredsOfVotes_OnePerPerson()
    {
        var poll = await demo.Database.AnalyseAsync("run-online-poll");
        Assert.True(poll.Basis.Counted >= 200, $"{poll.Basis.Counted} votes counted");
        Assert.Equal(poll.Basis.Counted, poll.Basis.People);
    }

    [Fact]
    public async Task TheHearing_HeldTwoSessions_WithOpinionsCodedToTheCodebook()
    {
        var hearing = await demo.Database.AnalyseAsync("run-public-hearing");
        Assert.Equal(2, Figure(hearing, "sessions"));
        Assert.True(Figure(hearing, "opinions") > 0);
        Assert.True(Figure(hearing, "attended") > 0);
        Assert.NotEmpty(hearing.Themes);
    }

    [Fact]
    public async Task TheFocusGroups_HeldTwoGroups_EveryPassageCoded()
    {
        var groups = await demo.Database.AnalyseAsync("run-focus-groups");
        Assert.Equal(2, Figure(groups, "groups-held"));
        Assert.True(Figure(groups, "passages") > 0);
        Assert.Equal(Figure(groups, "passages"), Figure(groups, "passages-coded"));
        Assert.Equal(Figure(groups, "passages"), Figure(groups, "second-coded"));
    }

    [Fact]
    public async Task TheJournalsHashChain_Verifies()
    {
        var instance = await demo.Database.InstanceAsync();
        var journal = await demo.Database.Engine.Store.ReadJournalAsync(instance.Id);
        Assert.Null(JournalHasher.Verify(instance, journal));
    }

    [Fact]
    public async Task ADatabaseThatHoldsAConsultation_IsRefusedWithCE8801()
    {
        var refused = await Assert.ThrowsAsync<DemoException>(() => DemoConsultation.CreateInDatabaseAsync(demo.Database.Configure, DemoOptions.Small));
        Assert.Equal(DemoCodes.DatabaseNotEmpty, refused.Code);
        Assert.Single(await demo.Database.Engine.Store.ListInstancesAsync());
    }

    private static double Figure(ToolAnalysis analysis, string name) => (double)analysis.Figures.Single(f => f.Name == name).Value!;
}

/// <summary>The same seed, the same data: two small examples made apart hold the same counts, answer by answer.</summary>
public sealed class DemoDeterminismTests
{
    [Fact]
    public async Task TwoRunsWithTheSameSeed_GiveTheSameCounts()
    {
        await using var first = await DemoDatabase.CreateAsync(DemoOptions.Small);
        await using var second = await DemoDatabase.CreateAsync(DemoOptions.Small);
        foreach (var step in new[] { "run-survey", "run-online-poll", "run-public-hearing", "run-focus-groups", "narrow-consultation" })
        {
            Assert.Equal(Counts(await first.AnalyseAsync(step)), Counts(await second.AnalyseAsync(step)));
        }
    }

    private static List<string> Counts(ToolAnalysis analysis) =>
    [
        $"basis {analysis.Basis.Stored} {analysis.Basis.Counted} {analysis.Basis.People}",
        .. analysis.Questions.SelectMany(q => q.Options.Select(o => $"{q.Id}={o.Value}: {o.Count}")),
        .. analysis.Figures.Select(f => $"{f.Name}: {f.Value}"),
        .. analysis.Themes.Select(t => $"theme {t.Theme}: {t.Count}"),
    ];
}

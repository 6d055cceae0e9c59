using Snapshooter;
using Snapshooter.Xunit;

namespace ConsultEngine.Testing.Tests;

/// <summary>
/// The golden journals: every scenario in <c>Scenarios/</c> runs the standard definition or a
/// province overlay from start to finish, and its normalised journal must match the committed
/// snapshot. A change in the engine or a definition that changes what a consultation does shows
/// up here as a diff to review.
/// </summary>
public sealed class GoldenJournalTests
{
    public static TheoryData<string> Scenarios() => [.. ScenarioFiles.Names()];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_RunsToCompletion_AndMatchesItsGoldenJournal(string name)
    {
        var scenario = ScenarioFiles.Load(name);

        var result = await new ScenarioRunner(ScenarioFiles.Catalog()).RunAsync(scenario);

        Assert.True(result.Passed, $"{name}:\n" + string.Join('\n', result.Failures));
        Assert.Equal("completed", result.Run.Status);
        Assert.True(result.Run.ChainVerifies);
        Snapshot.Match(GoldenJournal.Render(name, scenario, result.Run), new SnapshotNameExtension(name));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_ReplayedTwice_GivesIdenticalNormalisedRuns(string name)
    {
        var first = await ScenarioFiles.RunAsync(name);
        var second = await ScenarioFiles.RunAsync(name);

        Assert.Equal(first.Run.ToJson(), second.Run.ToJson());
    }

    [Fact]
    public void EveryDefinitionAndOverlay_HasAtLeastOneGoldenScenario()
    {
        var covered = ScenarioFiles.Names().Select(n => ScenarioFiles.Load(n).Definition).ToHashSet(StringComparer.Ordinal);

        var missing = ScenarioFiles.DefinitionReferences().Where(d => !covered.Contains(d)).ToList();

        Assert.True(missing.Count == 0, "No golden scenario runs: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryScenario_RunsADefinitionOfTheRepository()
    {
        var known = ScenarioFiles.DefinitionReferences().ToHashSet(StringComparer.Ordinal);

        var strays = ScenarioFiles.Names().Where(n => !known.Contains(ScenarioFiles.Load(n).Definition)).ToList();

        Assert.Empty(strays);
    }
}

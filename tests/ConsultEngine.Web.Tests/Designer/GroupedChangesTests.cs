using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Diff;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Web.Designer.Versions;

namespace ConsultEngine.Web.Tests.Designer;

/// <summary>How the comparison page groups a diff: definition-level changes apart, steps under the phase they are in (a removed one under its old phase).</summary>
public sealed class GroupedChangesTests
{
    [Fact]
    public void Of_PutsEachStepUnderItsPhase_ARemovedOneUnderTheOlderVersionsPhase()
    {
        var older = Definition(due: "P10D", steps: ("one", ["a", "b"]), more: ("two", ["c", "gone"]));
        var newer = Definition(due: "P15D", steps: ("one", ["a", "b", "new"]), more: ("two", ["c"])) with { Rules = new Dictionary<string, string> { ["r"] = "true" } };

        var grouped = GroupedChanges.Of(DefinitionDiff.Compare(older, newer), older, newer);

        var rule = Assert.Single(grouped.General);
        Assert.Equal((ChangeArea.Rule, "r"), (rule.Area, rule.Id));
        Assert.Equal(["one", "two"], grouped.Phases.Select(p => p.PhaseId));
        var one = grouped.Phases[0];
        Assert.Equal("Phase one", one.Title?.En);
        Assert.Equal(["b", "new"], one.Steps.Select(s => s.Id));
        Assert.Equal(("due", "\"P10D\"", "\"P15D\""), (one.Steps[0].Changes.Single().Field, one.Steps[0].Changes.Single().Before, one.Steps[0].Changes.Single().After));
        Assert.Equal((ChangeKind.Added, ChangeSide.Newer), (one.Steps[1].Whole, one.Steps[1].OpenVersion));
        var gone = Assert.Single(grouped.Phases[1].Steps);
        Assert.Equal(("gone", ChangeKind.Removed, ChangeSide.Older, "Step gone"), (gone.Id, gone.Whole, gone.OpenVersion, gone.Title?.En));
        Assert.Equal(grouped.Count, DefinitionDiff.Compare(older, newer).Count);
    }

    [Fact]
    public void Of_WithoutTheDefinitions_StillGroupsByElement()
    {
        var older = Definition(due: "P10D", steps: ("one", ["a", "b"]), more: ("two", []));
        var newer = Definition(due: "P20D", steps: ("one", ["a", "b"]), more: ("two", []));

        var grouped = GroupedChanges.Of(DefinitionDiff.Compare(older, newer), null, null);

        var phase = Assert.Single(grouped.Phases);
        Assert.Equal("?", phase.PhaseId);
        Assert.Equal("b", Assert.Single(phase.Steps).Id);
    }

    private static ProcessDefinition Definition(string due, (string Id, string[] Steps) steps, (string Id, string[] Steps) more) =>
        DefinitionJson.DeserializeDefinition(System.Text.Json.JsonSerializer.Serialize(new
        {
            schemaVersion = 1,
            id = "grouping",
            version = 1,
            title = new { vi = "Nhóm", en = "Grouping" },
            phases = new[] { steps, more }.Select(p => new
            {
                id = p.Id,
                title = new { vi = "Giai đoạn " + p.Id, en = "Phase " + p.Id },
                steps = p.Steps.Select(s => new Dictionary<string, object>
                {
                    ["id"] = s,
                    ["type"] = "task",
                    ["title"] = new { vi = "Bước " + s, en = "Step " + s },
                    ["due"] = s == "b" ? due : "P1D",
                }),
            }),
        }));
}

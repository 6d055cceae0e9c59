using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Editing;
using ConsultEngine.Definitions.Model;
using static ConsultEngine.Definitions.Tests.Graph.Build;

namespace ConsultEngine.Definitions.Tests.Editing;

public sealed class EditCommandTests
{
    private static ProcessDefinition Abc() => Definition(
        Phase("a", Step("one"), Step("two", "approval", outcomes: [Outcome("ok"), Outcome("revise", "one")]), Step("three")),
        Phase("b", Step("four", after: ["two"]), Step("five")));

    private static EditResult Apply(EditCommand command, ProcessDefinition? definition = null) =>
        command.ApplyTo(definition ?? Abc(), Standard.StepTypes);

    private static void AssertRefused(EditResult result, string code, ProcessDefinition before)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(code, result.Error!.Code);
        Assert.Same(before, result.Definition);
    }

    [Fact]
    public void AddStep_WithoutId_GetsAUniqueIdFromItsTypeAtTheEndOfThePhase()
    {
        var first = Apply(new AddStep("a", "tool:survey@1", LocalizedText.Of("Khảo sát")));
        var second = Apply(new AddStep("a", "tool:survey@1", LocalizedText.Of("Khảo sát")), first.Definition);

        Assert.Equal("survey-1", first.StepId);
        Assert.Equal("survey-2", second.StepId);
        Assert.Equal(["one", "two", "three", "survey-1", "survey-2"], second.Definition.StepIdsOf("a"));
    }

    [Fact]
    public void AddStep_AtIndexWithRole_InsertsThere()
    {
        var result = Apply(new AddStep("b", "task", LocalizedText.Of("Mới", "New"), Index: 0, Id: "fresh", Role: "thu-ky"));

        Assert.Equal(["fresh", "four", "five"], result.Definition.StepIdsOf("b"));
        Assert.Equal("thu-ky", result.Definition.Step("fresh").Role);
    }

    [Theory]
    [InlineData("z", "task", "Tiêu đề", null, null, "CE3502")]
    [InlineData("a", "Task!", "Tiêu đề", null, null, "CE3021")]
    [InlineData("a", "tool:unknown@1", "Tiêu đề", null, null, "CE3001")]
    [InlineData("a", "task", " ", null, null, "CE2007")]
    [InlineData("a", "task", "Tiêu đề", 4, null, "CE3505")]
    [InlineData("a", "task", "Tiêu đề", null, "Bad_Id", "CE3503")]
    [InlineData("a", "task", "Tiêu đề", null, "five", "CE3504")]
    public void AddStep_Impossible_IsRefusedWithItsCodeAndChangesNothing(string phase, string type, string vi, int? index, string? id, string code)
    {
        var before = Abc();

        AssertRefused(new AddStep(phase, type, LocalizedText.Of(vi), index, id).ApplyTo(before, Standard.StepTypes), code, before);
    }

    [Fact]
    public void RemoveStep_TakesOutDependenciesRoutesAndReportSources_AndListsThem()
    {
        var definition = Abc() with
        {
            Report = new ReportStructure { Sections = [new ReportSection { Id = "s", Sources = ["one", "two"], Sections = [new ReportSection { Id = "t", Sources = ["one"] }] }] },
        };
        definition = Apply(new Connect("one", "three", ConnectionKind.Dependency), definition).Definition;

        var result = Apply(new RemoveStep("one"), definition);

        Assert.DoesNotContain(result.Definition.Steps(), s => s.Id == "one");
        Assert.Null(result.Definition.Step("two").Outcomes.Single(o => o.Id == "revise").Goto);
        Assert.Equal(["two"], result.Definition.Step("three").After);
        Assert.Equal(["two"], result.Definition.Report!.Sections[0].Sources);
        Assert.Empty(result.Definition.Report.Sections[0].Sections[0].Sources);
        Assert.Equal(
            [new RemovedReference(ReferenceKind.Dependency, "three"), new RemovedReference(ReferenceKind.Route, "two", "revise"), new RemovedReference(ReferenceKind.ReportSource, "s"), new RemovedReference(ReferenceKind.ReportSource, "t")],
            result.Removed.OrderBy(r => r.Kind).ThenBy(r => r.Owner, StringComparer.Ordinal));
    }

    [Fact]
    public void RemoveStep_Unknown_IsRefused()
    {
        var before = Abc();

        AssertRefused(new RemoveStep("nope").ApplyTo(before), "CE3501", before);
    }

    [Fact]
    public void MoveStep_WithinPhase_Reorders()
    {
        var result = Apply(new MoveStep("three", "a", 0));

        Assert.Equal(["three", "one", "two"], result.Definition.StepIdsOf("a"));
        Assert.True(result.Changed);
    }

    [Fact]
    public void MoveStep_ToAnotherPhase_MovesIt()
    {
        var result = Apply(new MoveStep("one", "b", 2));

        Assert.Equal(["two", "three"], result.Definition.StepIdsOf("a"));
        Assert.Equal(["four", "five", "one"], result.Definition.StepIdsOf("b"));
    }

    [Fact]
    public void MoveStep_ToWhereItIs_ChangesNothing()
    {
        var result = Apply(new MoveStep("two", "a", 1));

        Assert.True(result.Succeeded);
        Assert.False(result.Changed);
    }

    [Theory]
    [InlineData("two", "z", 0, "CE3502")]
    [InlineData("two", "a", 3, "CE3505")]
    [InlineData("two", "a", -1, "CE3505")]
    public void MoveStep_Impossible_IsRefused(string step, string phase, int index, string code)
    {
        var before = Abc();

        AssertRefused(new MoveStep(step, phase, index).ApplyTo(before), code, before);
    }

    [Fact]
    public void ConnectDependency_ToAStepWithoutAfter_KeepsTheStepItFollowed()
    {
        var result = Apply(new Connect("one", "three", ConnectionKind.Dependency));

        Assert.Equal(["two", "one"], result.Definition.Step("three").After);
    }

    [Fact]
    public void ConnectDependency_FromAnEarlierPhase_Appends()
    {
        var result = Apply(new Connect("one", "four", ConnectionKind.Dependency));

        Assert.Equal(["two", "one"], result.Definition.Step("four").After);
    }

    [Theory]
    [InlineData("one", "one", "CE3011")]
    [InlineData("one", "two", "CE3506")]
    [InlineData("three", "one", "CE3009")]
    [InlineData("four", "one", "CE3015")]
    [InlineData("one", "ghost", "CE3501")]
    public void ConnectDependency_Impossible_IsRefusedWithTheValidatorsCode(string from, string to, string code)
    {
        var before = Abc();

        AssertRefused(new Connect(from, to, ConnectionKind.Dependency).ApplyTo(before), code, before);
    }

    [Fact]
    public void ConnectDependency_WithRouteOnlySteps_IsRefused()
    {
        var before = Definition(Phase("a", Step("one", "approval", outcomes: [Outcome("fix", "fix")]), Step("fix", routeOnly: true), Step("two")));

        AssertRefused(new Connect("one", "fix", ConnectionKind.Dependency).ApplyTo(before), "CE3014", before);
        AssertRefused(new Connect("fix", "two", ConnectionKind.Dependency).ApplyTo(before), "CE3017", before);
    }

    [Fact]
    public void ConnectRoute_WithoutOutcome_AddsAnOutcomeNamedAfterTheTarget()
    {
        var once = Apply(new Connect("three", "one", ConnectionKind.Route));

        Assert.Equal(new OutcomeDefinition { Id = "to-one", Goto = "one" }, once.Definition.Step("three").Outcomes.Single());
        Assert.Equal("CE3506", Apply(new Connect("three", "one", ConnectionKind.Route), once.Definition).Error?.Code);
    }

    [Fact]
    public void ConnectRoute_NamedOutcomeWithoutGoto_GetsTheGoto()
    {
        var result = Apply(new Connect("two", "three", ConnectionKind.Route, "ok"));

        Assert.Equal("three", result.Definition.Step("two").Outcomes.Single(o => o.Id == "ok").Goto);
    }

    [Theory]
    [InlineData("two", "one", "revise", "CE3506")]
    [InlineData("two", "three", "revise", "CE3510")]
    [InlineData("two", "four", null, "CE3018")]
    [InlineData("two", "three", "Not Valid", "CE3511")]
    public void ConnectRoute_Impossible_IsRefused(string from, string to, string? outcome, string code)
    {
        var before = Abc();

        AssertRefused(new Connect(from, to, ConnectionKind.Route, outcome).ApplyTo(before), code, before);
    }

    [Fact]
    public void ConnectRoute_FromATypeWithoutOutcomes_IsRefusedWhenTheTypesAreKnown()
    {
        var before = Definition(Phase("a", Step("one"), Step("tell", "notify")));

        AssertRefused(new Connect("tell", "one", ConnectionKind.Route).ApplyTo(before, Standard.StepTypes), "CE3013", before);
    }

    [Fact]
    public void DisconnectDependency_Implicit_StartsTheStepWithItsPhase()
    {
        var result = Apply(new Disconnect("one", "two", ConnectionKind.Dependency));

        Assert.Equal([], result.Definition.Step("two").After!);
    }

    [Fact]
    public void DisconnectDependency_Explicit_RemovesItFromAfter()
    {
        var connected = Apply(new Connect("one", "three", ConnectionKind.Dependency)).Definition;

        var result = Apply(new Disconnect("two", "three", ConnectionKind.Dependency), connected);

        Assert.Equal(["one"], result.Definition.Step("three").After);
    }

    [Fact]
    public void DisconnectRoute_ClearsTheGotoAndKeepsTheOutcome()
    {
        var result = Apply(new Disconnect("two", "one", ConnectionKind.Route));

        Assert.Equal([new OutcomeDefinition { Id = "ok" }, new OutcomeDefinition { Id = "revise" }], result.Definition.Step("two").Outcomes);
    }

    [Theory]
    [InlineData("one", "three", ConnectionKind.Dependency)]
    [InlineData("two", "three", ConnectionKind.Route)]
    public void Disconnect_NotConnected_IsRefused(string from, string to, ConnectionKind kind)
    {
        var before = Abc();

        AssertRefused(new Disconnect(from, to, kind).ApplyTo(before), "CE3507", before);
    }

    [Theory]
    [InlineData("/title/en", "\"English\"")]
    [InlineData("/due", "\"P5D\"")]
    [InlineData("/routeOnly", "true")]
    [InlineData("/config/audience", "\"voters\"")]
    [InlineData("/validate/-", "\"output.ok === true\"")]
    public void SetStepField_SetsTheValueAtThePath(string path, string json)
    {
        var result = Apply(new SetStepField("one", path, json));

        Assert.True(result.Succeeded, result.Error?.ToString());
        var step = System.Text.Json.JsonSerializer.SerializeToNode(result.Definition.Step("one"), DefinitionJson.Options)!;
        var node = path.Trim('/').Split('/').Aggregate(step, (n, segment) => segment == "-" ? n.AsArray()[^1]! : n[segment]!);
        Assert.Equal(json, node.ToJsonString());
    }

    [Fact]
    public void SetStepField_NullValue_RemovesTheField()
    {
        var withGuard = Apply(new SetStepField("one", "/when", "\"vars.x\"")).Definition;

        var result = Apply(new SetStepField("one", "/when", null), withGuard);

        Assert.Null(result.Definition.Step("one").When);
    }

    [Theory]
    [InlineData("/id", "\"other\"", "CE3508")]
    [InlineData("/colour", "\"red\"", "CE3508")]
    [InlineData("title", "\"x\"", "CE3508")]
    [InlineData("/outcomes/7", "{}", "CE3508")]
    [InlineData("/routeOnly", "\"yes\"", "CE3509")]
    [InlineData("/due", "not json", "CE3509")]
    public void SetStepField_Impossible_IsRefused(string path, string json, string code)
    {
        var before = Abc();

        AssertRefused(new SetStepField("one", path, json).ApplyTo(before), code, before);
    }

    [Fact]
    public void RenameStep_UpdatesAfterRoutesReportAndScripts()
    {
        var definition = Abc() with
        {
            Rules = new Dictionary<string, string> { ["done"] = "steps.one?.ok === true && steps[\"two\"] != null", ["broken"] = "steps.one ((" },
            Report = new ReportStructure { Sections = [new ReportSection { Id = "s", Sources = ["one"] }] },
        };
        definition = Apply(new Connect("one", "three", ConnectionKind.Dependency), definition).Definition;
        definition = Apply(new SetStepField("three", "/when", "\"tools['one'].count > 0 && other.one\""), definition).Definition;

        var result = Apply(new RenameStep("one", "first"), definition);

        Assert.Equal("first", result.StepId);
        Assert.Equal(["first", "two", "three"], result.Definition.StepIdsOf("a"));
        Assert.Equal(["two", "first"], result.Definition.Step("three").After);
        Assert.Equal("first", result.Definition.Step("two").Outcomes.Single(o => o.Id == "revise").Goto);
        Assert.Equal(["first"], result.Definition.Report!.Sections[0].Sources);
        Assert.Equal("steps.first?.ok === true && steps[\"two\"] != null", result.Definition.Rules["done"]);
        Assert.Equal("tools['first'].count > 0 && other.one", result.Definition.Step("three").When);
        Assert.Equal("steps.one ((", result.Definition.Rules["broken"]);
        Assert.Equal(["/rules/broken"], result.ScriptsNotUpdated);
    }

    [Theory]
    [InlineData("one", "two", "CE3504")]
    [InlineData("one", "One", "CE3503")]
    [InlineData("ghost", "x", "CE3501")]
    public void RenameStep_Impossible_IsRefused(string step, string newId, string code)
    {
        var before = Abc();

        AssertRefused(new RenameStep(step, newId).ApplyTo(before), code, before);
    }

    [Fact]
    public void SetRule_AddsReplacesAndRemoves()
    {
        var added = Apply(new SetRule("ready", "vars.ready === true")).Definition;
        var removed = Apply(new SetRule("ready", null), added).Definition;

        Assert.Equal("vars.ready === true", added.Rules["ready"]);
        Assert.False(removed.Rules.ContainsKey("ready"));
        Assert.Equal("CE3513", Apply(new SetRule("ready", null), removed).Error?.Code);
        Assert.Equal("CE3512", Apply(new SetRule("not-an-identifier", "true")).Error?.Code);
    }

    [Fact]
    public void EditCodes_AreUniqueAndOutsideTheValidatorsCatalogue()
    {
        var validator = DiagnosticCodes.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(EditCodes.All.Count, EditCodes.All.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(EditCodes.All, d => validator.Contains(d.Code));
    }
}

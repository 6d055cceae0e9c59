using ConsultEngine.Definitions.Graph;
using ConsultEngine.Definitions.Model;
using static ConsultEngine.Definitions.Tests.Graph.Build;

namespace ConsultEngine.Definitions.Tests.Graph;

public sealed class ProcessGraphTests
{
    private static IEnumerable<(string From, string To, GraphEdgeKind Kind)> EdgesOf(ProcessDefinition definition) =>
        ProcessGraph.From(definition).Edges.Select(e => (e.From, e.To, e.Kind));

    [Fact]
    public void From_StepsWithoutAfter_FollowEachOtherInSequence()
    {
        var edges = EdgesOf(Definition(Phase("a", Step("one"), Step("two"), Step("three"))));

        Assert.Equal([("one", "two", GraphEdgeKind.Sequence), ("two", "three", GraphEdgeKind.Sequence)], edges);
    }

    [Fact]
    public void From_StepAfterRouteOnlyStep_FollowsThePreviousSequenceStep()
    {
        var definition = Definition(Phase("a",
            Step("one", "approval", outcomes: [Outcome("ok"), Outcome("fix", "fix-it")]),
            Step("fix-it", routeOnly: true, outcomes: [Outcome("done", "one")]),
            Step("two")));

        var edges = EdgesOf(definition).ToList();

        Assert.Contains(("one", "two", GraphEdgeKind.Sequence), edges);
        Assert.DoesNotContain(edges, e => e.Kind != GraphEdgeKind.Route && (e.From == "fix-it" || e.To == "fix-it"));
    }

    [Fact]
    public void From_EmptyAfter_StartsTheStepWithThePhase()
    {
        var edges = EdgesOf(Definition(
            Phase("a", Step("first")),
            Phase("b", Step("one"), Step("parallel", after: []))));

        Assert.Contains(("first", "one", GraphEdgeKind.Sequence), edges);
        Assert.Contains(("first", "parallel", GraphEdgeKind.Sequence), edges);
        Assert.DoesNotContain(edges, e => e.To == "parallel" && e.From == "one");
    }

    [Fact]
    public void From_AfterList_GivesOneAfterEdgePerListedStep()
    {
        var edges = EdgesOf(Definition(Phase("a", Step("one"), Step("two", after: []), Step("join", after: ["one", "two"]))));

        Assert.Contains(("one", "join", GraphEdgeKind.After), edges);
        Assert.Contains(("two", "join", GraphEdgeKind.After), edges);
        Assert.DoesNotContain(edges, e => e.To == "join" && e.Kind == GraphEdgeKind.Sequence);
    }

    [Fact]
    public void From_OutcomeWithGoto_GivesARouteLabelledWithTheOutcome()
    {
        var definition = Definition(Phase("a",
            Step("draft"),
            Step("review", "approval", outcomes: [Outcome("approved"), Outcome("revise", "draft")])));

        var route = Assert.Single(ProcessGraph.From(definition).Edges, e => e.Kind == GraphEdgeKind.Route);

        Assert.Equal(("review", "draft", "revise"), (route.From, route.To, route.Outcome));
    }

    [Fact]
    public void From_TwoPhases_JoinsEveryExitToEveryEntry()
    {
        var definition = Definition(
            Phase("a", Step("x"), Step("y", after: []), Step("fix", routeOnly: true)),
            Phase("b", Step("p", after: []), Step("q", after: [])));

        var boundary = ProcessGraph.From(definition).Edges.Where(e => e.CrossesPhase).Select(e => (e.From, e.To)).ToList();

        Assert.Equal([("x", "p"), ("x", "q"), ("y", "p"), ("y", "q")], boundary);
    }

    [Fact]
    public void From_Phase_NamesItsEntriesAndExitsWithoutRouteOnlySteps()
    {
        var definition = Definition(Phase("a",
            Step("x"),
            Step("y", after: []),
            Step("review", "approval", outcomes: [Outcome("ok"), Outcome("fix", "fix")]),
            Step("fix", routeOnly: true, outcomes: [Outcome("done", "review")])));

        var phase = Assert.Single(ProcessGraph.From(definition).Phases);

        Assert.Equal(["x", "y"], phase.Entries);
        Assert.Equal(["x", "review"], phase.Exits);
    }

    [Fact]
    public void From_StepWaitedForInItsPhase_IsNotAnExit()
    {
        var definition = Definition(
            Phase("a", Step("one"), Step("two")),
            Phase("b", Step("next")));

        var boundary = Assert.Single(ProcessGraph.From(definition).Edges, e => e.CrossesPhase);

        Assert.Equal(("two", "next", GraphEdgeKind.Sequence), (boundary.From, boundary.To, boundary.Kind));
    }

    [Fact]
    public void From_AfterOnAnEarlierPhase_IsACrossPhaseAfterEdgeAndTheStepIsAnEntry()
    {
        var definition = Definition(
            Phase("a", Step("one"), Step("two")),
            Phase("b", Step("next", after: ["one"])));

        var edges = ProcessGraph.From(definition).Edges;

        Assert.Contains(edges, e => (e.From, e.To, e.Kind, e.CrossesPhase) == ("one", "next", GraphEdgeKind.After, true));
        Assert.Contains(edges, e => (e.From, e.To, e.Kind) == ("two", "next", GraphEdgeKind.Sequence));
    }

    [Fact]
    public void From_AfterUnknownStep_LeavesThatEdgeOut()
    {
        var edges = EdgesOf(Definition(Phase("a", Step("one"), Step("two", after: ["ghost", "one"]))));

        Assert.Equal([("one", "two", GraphEdgeKind.After)], edges);
    }

    [Fact]
    public void From_Step_GivesANodeWithItsTypeRoleGuardAndDue()
    {
        var step = Step("vote", "tool:online-poll@1") with { When = "rules.big", Due = "P7D", Role = "thu-ky" };

        var node = Assert.Single(ProcessGraph.From(Definition(Phase("a", step))).AllNodes());

        Assert.Equal(("vote", "a", "tool:online-poll@1", GraphNodeCategory.Tool), (node.StepId, node.PhaseId, node.Type, node.Category));
        Assert.Equal(("thu-ky", "Thư ký"), (node.Role, node.RoleTitle?.Vi));
        Assert.True(node.HasGuard);
        Assert.Equal("P7D", node.Due);
        Assert.False(node.RouteOnly);
    }

    [Theory]
    [InlineData("task", GraphNodeCategory.Task)]
    [InlineData("meeting@1", GraphNodeCategory.Meeting)]
    [InlineData("approval", GraphNodeCategory.Approval)]
    [InlineData("decision", GraphNodeCategory.Decision)]
    [InlineData("notify", GraphNodeCategory.Notify)]
    [InlineData("wait@2", GraphNodeCategory.Wait)]
    [InlineData("tool:survey@1", GraphNodeCategory.Tool)]
    [InlineData("petition", GraphNodeCategory.Unknown)]
    [InlineData("Not A Type", GraphNodeCategory.Unknown)]
    public void From_StepType_GivesItsCategory(string type, GraphNodeCategory category)
    {
        var node = Assert.Single(ProcessGraph.From(Definition(Phase("a", Step("s", type)))).AllNodes());

        Assert.Equal(category, node.Category);
    }

    [Fact]
    public void From_Phases_KeepTheirOrderTitlesAndSteps()
    {
        var graph = ProcessGraph.From(Definition(Phase("a", Step("one"), Step("two")), Phase("b", Step("three"))));

        Assert.Equal(["a", "b"], graph.Phases.Select(p => p.Id));
        Assert.Equal("Giai đoạn a", graph.Phases[0].Title?.Vi);
        Assert.Equal(["one", "two"], graph.Phases[0].Nodes.Select(n => n.StepId));
    }
}

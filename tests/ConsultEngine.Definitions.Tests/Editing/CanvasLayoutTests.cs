using ConsultEngine.Definitions.Editing.Layout;
using ConsultEngine.Definitions.Model;
using Snapshooter.Xunit;
using static ConsultEngine.Definitions.Tests.Graph.Build;

namespace ConsultEngine.Definitions.Tests.Editing;

public sealed class CanvasLayoutTests
{
    [Fact]
    public void Build_StandardDefinition_MatchesTheSnapshot()
    {
        var layout = CanvasLayoutBuilder.Build(Standard.Definition());

        // Titles and guards are the definition's own text; the snapshot is about geometry and edge kinds.
        Snapshot.Match(new
        {
            layout.Width,
            layout.Height,
            Lanes = layout.Lanes.Select(l => $"{l.Index} {l.PhaseId} y={l.Y} h={l.Height} w={l.Width}"),
            Nodes = layout.Nodes.Select(n => $"{n.PhaseId}/{n.StepId} [{n.Type}] layer={n.Layer} row={n.Row} at=({n.X},{n.Y}){(n.RouteOnly ? " route-only" : string.Empty)}{(n.Guard is null ? string.Empty : " guarded")}"),
            Edges = layout.Edges.Select(e => $"{e.From} -> {e.To} {e.Kind}{(e.Implicit ? " implicit" : string.Empty)}{(e.Label is null ? string.Empty : " [" + e.Label + "]")}{(e.CrossesPhase ? " cross-phase" : string.Empty)}"),
        });
    }

    [Fact]
    public void Build_SameDefinition_GivesTheSameLayout()
    {
        var first = CanvasLayoutBuilder.Build(Standard.Definition());
        var second = CanvasLayoutBuilder.Build(Standard.Definition());

        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Lanes, second.Lanes);
        Assert.Equal(first.Edges, second.Edges);
    }

    [Fact]
    public void Build_LanesFollowThePhasesInOrder_AndEveryStepIsInsideItsLane()
    {
        var definition = Standard.Definition();

        var layout = CanvasLayoutBuilder.Build(definition);

        Assert.Equal(definition.Phases.Select(p => p.Id), layout.Lanes.Select(l => l.PhaseId));
        Assert.Equal(definition.AllSteps().Count(), layout.Nodes.Count);
        Assert.All(layout.Nodes, n =>
        {
            var lane = layout.Lanes.Single(l => l.PhaseId == n.PhaseId);
            Assert.InRange(n.Y, lane.Y, lane.Y + lane.Height - n.Height);
            Assert.InRange(n.X + n.Width, 0, lane.Width);
        });
        Assert.Equal(layout.Nodes.Count, layout.Nodes.Select(n => (n.X, n.Y)).Distinct().Count());
    }

    [Fact]
    public void Build_ParallelSteps_ShareALayerInRows_AndAJoinComesAfterThem()
    {
        var layout = CanvasLayoutBuilder.Build(Definition(Phase("a", Step("x", after: []), Step("y", after: []), Step("join", after: ["x", "y"]))));

        Assert.Equal([(0, 0), (0, 1), (1, 0)], layout.Nodes.Select(n => (n.Layer, n.Row)));
    }

    [Fact]
    public void Build_RouteBack_IsALoopBack_AndRouteOnlyStepSitsAfterItsSource()
    {
        var layout = CanvasLayoutBuilder.Build(Definition(Phase("a",
            Step("draft"),
            Step("review", "approval", outcomes: [Outcome("ok"), Outcome("fix", "fix-it")]),
            Step("fix-it", routeOnly: true, outcomes: [Outcome("done", "review")]))));

        Assert.Equal(2, layout.Nodes.Single(n => n.StepId == "fix-it").Layer);
        Assert.Equal(CanvasEdgeKind.Route, layout.Edges.Single(e => e.From == "review" && e.To == "fix-it").Kind);
        Assert.Equal(CanvasEdgeKind.LoopBack, layout.Edges.Single(e => e.From == "fix-it").Kind);
        Assert.Equal("done", layout.Edges.Single(e => e.From == "fix-it").Label);
    }

    [Fact]
    public void Build_DependencyCycle_StillPlacesEveryStep()
    {
        var layout = CanvasLayoutBuilder.Build(Definition(Phase("a", Step("x", after: ["y"]), Step("y", after: ["x"]), Step("z", after: []))));

        Assert.Equal(3, layout.Nodes.Select(n => (n.X, n.Y)).Distinct().Count());
    }

    [Fact]
    public void Build_GuardedTarget_CarriesTheGuardOnItsEdges()
    {
        var definition = Definition(Phase("a", Step("x"), Step("y") with { When = "vars.go" }));

        var edge = CanvasLayoutBuilder.Build(definition).Edges.Single();

        Assert.Equal("vars.go", edge.Guard);
        Assert.Equal(CanvasEdgeKind.Dependency, edge.Kind);
        Assert.True(edge.Implicit);
    }

    [Fact]
    public void Build_EmptyDefinition_HasNoLanes()
    {
        var layout = CanvasLayoutBuilder.Build(new ProcessDefinition { Id = "x", Version = 1 });

        Assert.Empty(layout.Lanes);
        Assert.Equal(0, layout.Height);
    }
}

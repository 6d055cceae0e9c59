using Blazor.Diagrams.Core.Models;
using ConsultEngine.Definitions.Editing.Layout;
using DiagramPoint = Blazor.Diagrams.Core.Geometry.Point;

namespace ConsultEngine.Web.Designer.Components.Canvas;

/// <summary>A phase's lane: a locked band behind its steps, never moved or linked.</summary>
public sealed class LaneNodeModel : NodeModel
{
    public LaneNodeModel(CanvasLane lane)
        : base("lane:" + lane.PhaseId, new DiagramPoint(lane.X, lane.Y))
    {
        Lane = lane;
        Locked = true;
    }

    public CanvasLane Lane { get; set; }
}

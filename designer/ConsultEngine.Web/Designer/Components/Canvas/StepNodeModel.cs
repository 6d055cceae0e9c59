using Blazor.Diagrams.Core.Models;
using ConsultEngine.Definitions.Editing.Layout;
using DiagramPoint = Blazor.Diagrams.Core.Geometry.Point;

namespace ConsultEngine.Web.Designer.Components.Canvas;

/// <summary>A step on the canvas: the layout's node, an input port on the left and an output port on the right.</summary>
public sealed class StepNodeModel : NodeModel
{
    public StepNodeModel(CanvasNode node)
        : base("step:" + node.StepId, new DiagramPoint(node.X, node.Y))
    {
        Node = node;
        Input = AddPort(PortAlignment.Left);
        Output = AddPort(PortAlignment.Right);
    }

    public CanvasNode Node { get; set; }

    public int Errors { get; set; }

    public PortModel Input { get; }

    public PortModel Output { get; }
}

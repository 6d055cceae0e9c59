using ConsultEngine.Definitions.Graph;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Editing.Layout;

/// <summary>
/// Where the designer draws a definition: one horizontal lane per phase (in run order), each step a
/// box placed by its layer (how many steps it waits for in a row, inside its phase) and its row in
/// that layer, and typed edges. Coordinates are canvas pixels; the same definition always gives the
/// same picture.
/// </summary>
public sealed record CanvasLayout
{
    public IReadOnlyList<CanvasLane> Lanes { get; init; } = [];

    public IReadOnlyList<CanvasNode> Nodes { get; init; } = [];

    public IReadOnlyList<CanvasEdge> Edges { get; init; } = [];

    public double Width { get; init; }

    public double Height { get; init; }
}

/// <summary>A phase as a lane: a band across the canvas with its title in a header on the left.</summary>
public sealed record CanvasLane(string PhaseId, LocalizedText? Title, int Index, double X, double Y, double Width, double Height);

/// <summary>A step as a box in its lane.</summary>
public sealed record CanvasNode
{
    public string StepId { get; init; } = string.Empty;

    public string PhaseId { get; init; } = string.Empty;

    public string Type { get; init; } = string.Empty;

    public GraphNodeCategory Category { get; init; }

    public LocalizedText? Title { get; init; }

    public string? Role { get; init; }

    public bool RouteOnly { get; init; }

    /// <summary>The step's <c>when</c> guard, when it has one.</summary>
    public string? Guard { get; init; }

    /// <summary>The column inside the lane: 0 for steps that start with the phase.</summary>
    public int Layer { get; init; }

    /// <summary>The position among the steps of the same layer, in document order.</summary>
    public int Row { get; init; }

    public double X { get; init; }

    public double Y { get; init; }

    public double Width { get; init; }

    public double Height { get; init; }
}

/// <summary>What an edge of the canvas means, which decides how it is drawn.</summary>
public enum CanvasEdgeKind
{
    /// <summary>The target waits for the source (an <c>after</c>, the phase's order, or the previous phase's end).</summary>
    Dependency,

    /// <summary>An outcome of the source routes forward to the target.</summary>
    Route,

    /// <summary>An outcome routes back to a step drawn at or before the source (a revise loop).</summary>
    LoopBack,
}

/// <summary>An edge between two steps.</summary>
public sealed record CanvasEdge
{
    public string From { get; init; } = string.Empty;

    public string To { get; init; } = string.Empty;

    public CanvasEdgeKind Kind { get; init; }

    /// <summary>For a dependency: whether it comes from document order (no <c>after</c>) or a phase boundary, rather than an explicit <c>after</c>.</summary>
    public bool Implicit { get; init; }

    /// <summary>For a route or loop back: the outcome's id, the edge's label.</summary>
    public string? Label { get; init; }

    public LocalizedText? LabelTitle { get; init; }

    /// <summary>The target's <c>when</c> guard: the edge is taken only if it holds.</summary>
    public string? Guard { get; init; }

    public bool CrossesPhase { get; init; }
}

/// <summary>The sizes the layout uses, in canvas pixels.</summary>
public sealed record CanvasLayoutOptions
{
    public double NodeWidth { get; init; } = 200;

    public double NodeHeight { get; init; } = 64;

    public double HorizontalGap { get; init; } = 56;

    public double VerticalGap { get; init; } = 24;

    public double LaneHeaderWidth { get; init; } = 160;

    public double LanePadding { get; init; } = 24;
}

using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Graph;

/// <summary>A phase of the graph: its id, its title and its steps.</summary>
public sealed record GraphPhase
{
    public string Id { get; init; } = string.Empty;

    public LocalizedText? Title { get; init; }

    public IReadOnlyList<GraphNode> Nodes { get; init; } = [];

    /// <summary>The steps that start with the phase: in its sequence, with no predecessor inside the phase.</summary>
    public IReadOnlyList<string> Entries { get; init; } = [];

    /// <summary>The steps that end the phase: in its sequence, and no other step of the phase waits for them.</summary>
    public IReadOnlyList<string> Exits { get; init; } = [];
}

/// <summary>What kind of step a node is, as far as a picture cares; it decides the node's shape.</summary>
public enum GraphNodeCategory
{
    /// <summary>A type the graph does not know (a malformed reference).</summary>
    Unknown,
    Task,
    Meeting,
    Approval,
    Decision,
    Notify,
    Wait,

    /// <summary>A consultation tool supplied by a plugin (<c>tool:survey@1</c>...).</summary>
    Tool,
}

/// <summary>A step as a node of the graph.</summary>
public sealed record GraphNode
{
    public string StepId { get; init; } = string.Empty;

    public string PhaseId { get; init; } = string.Empty;

    /// <summary>The step type as written in the definition (<c>approval</c>, <c>tool:survey@1</c>...).</summary>
    public string Type { get; init; } = string.Empty;

    public GraphNodeCategory Category { get; init; }

    public LocalizedText? Title { get; init; }

    /// <summary>The id of the role that performs the step, if any.</summary>
    public string? Role { get; init; }

    /// <summary>The title of that role, when the definition declares it.</summary>
    public LocalizedText? RoleTitle { get; init; }

    /// <summary>Whether the step runs only when an outcome routes to it.</summary>
    public bool RouteOnly { get; init; }

    /// <summary>Whether the step has a <c>when</c> guard, so it may be skipped.</summary>
    public bool HasGuard { get; init; }

    /// <summary>The ISO 8601 duration from activation to the due date, if any.</summary>
    public string? Due { get; init; }
}

/// <summary>Why one step comes after another.</summary>
public enum GraphEdgeKind
{
    /// <summary>Implicit order: the previous step of the phase, or the end of the previous phase.</summary>
    Sequence,

    /// <summary>An explicit <c>after</c> list.</summary>
    After,

    /// <summary>An outcome's <c>goto</c>.</summary>
    Route,
}

/// <summary>An edge from one step to another.</summary>
public sealed record GraphEdge
{
    public string From { get; init; } = string.Empty;

    public string To { get; init; } = string.Empty;

    public GraphEdgeKind Kind { get; init; }

    /// <summary>For a <see cref="GraphEdgeKind.Route"/>, the id of the outcome that routes.</summary>
    public string? Outcome { get; init; }

    /// <summary>For a <see cref="GraphEdgeKind.Route"/>, the title of that outcome, when it has one.</summary>
    public LocalizedText? OutcomeTitle { get; init; }

    /// <summary>Whether the edge joins steps of two phases: a phase boundary, or an <c>after</c> on an earlier phase's step.</summary>
    public bool CrossesPhase { get; init; }
}

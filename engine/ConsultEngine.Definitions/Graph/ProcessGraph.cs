using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Graph;

/// <summary>
/// A read-only picture of a definition's flow: its phases with their steps as nodes, and the edges
/// between steps. It feeds the exporters (<see cref="MermaidExporter"/>, <see cref="DotExporter"/>)
/// and the designer; it never runs anything.
/// </summary>
public sealed record ProcessGraph
{
    public string DefinitionId { get; init; } = string.Empty;

    public int Version { get; init; }

    public LocalizedText? Title { get; init; }

    /// <summary>The phases in the order they run, each with its steps in document order.</summary>
    public IReadOnlyList<GraphPhase> Phases { get; init; } = [];

    /// <summary>Every edge, in a stable order: phase by phase, the edges into each step, then its routes.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; init; } = [];

    /// <summary>Every node of every phase, in document order.</summary>
    public IEnumerable<GraphNode> AllNodes() => Phases.SelectMany(p => p.Nodes);

    /// <summary>
    /// The graph of <paramref name="definition"/>. Built from a valid definition it is exact; from an
    /// invalid one it is best effort: edges to steps that do not exist are left out.
    /// </summary>
    public static ProcessGraph From(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return ProcessGraphBuilder.Build(definition);
    }
}

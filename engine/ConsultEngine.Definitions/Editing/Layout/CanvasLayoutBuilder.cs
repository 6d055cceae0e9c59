using ConsultEngine.Definitions.Graph;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Editing.Layout;

/// <summary>
/// Lays a definition out for the designer's canvas. Inside a lane a step's layer is one more than
/// the highest layer of the steps of the same phase it waits for (steps that start with the phase
/// are layer 0); a route-only step sits one layer after the step that routes to it. A route whose
/// target sits at or before its source is a loop back. Invalid definitions (cycles, unknown ids)
/// still lay out: the steps caught in a cycle go after the others.
/// </summary>
public static class CanvasLayoutBuilder
{
    public static CanvasLayout Build(ProcessDefinition definition, CanvasLayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        options ??= new CanvasLayoutOptions();
        var graph = ProcessGraph.From(definition);
        var guards = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var step in definition.AllSteps().Where(s => s is not null))
        {
            guards.TryAdd(step.Id, string.IsNullOrWhiteSpace(step.When) ? null : step.When);
        }

        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phase in graph.Phases)
        {
            foreach (var (id, layer) in Layers(phase, graph.Edges))
            {
                layers.TryAdd(id, layer);
            }
        }

        var maxLayers = Math.Max(1, graph.Phases.SelectMany(p => p.Nodes).Select(n => layers.GetValueOrDefault(n.StepId) + 1).DefaultIfEmpty(1).Max());
        var laneWidth = options.LaneHeaderWidth + (2 * options.LanePadding) + (maxLayers * options.NodeWidth) + ((maxLayers - 1) * options.HorizontalGap);
        var lanes = new List<CanvasLane>();
        var nodes = new List<CanvasNode>();
        var y = 0d;
        for (var p = 0; p < graph.Phases.Count; p++)
        {
            var phase = graph.Phases[p];
            var rows = new Dictionary<int, int>();
            var laneNodes = new List<CanvasNode>();
            foreach (var node in phase.Nodes)
            {
                var layer = layers.GetValueOrDefault(node.StepId);
                var row = rows.GetValueOrDefault(layer);
                rows[layer] = row + 1;
                laneNodes.Add(new CanvasNode
                {
                    StepId = node.StepId,
                    PhaseId = phase.Id,
                    Type = node.Type,
                    Category = node.Category,
                    Title = node.Title,
                    Role = node.Role,
                    RouteOnly = node.RouteOnly,
                    Guard = guards.GetValueOrDefault(node.StepId),
                    Layer = layer,
                    Row = row,
                    X = options.LaneHeaderWidth + options.LanePadding + (layer * (options.NodeWidth + options.HorizontalGap)),
                    Y = y + options.LanePadding + (row * (options.NodeHeight + options.VerticalGap)),
                    Width = options.NodeWidth,
                    Height = options.NodeHeight,
                });
            }

            var rowCount = Math.Max(1, rows.Values.DefaultIfEmpty(1).Max());
            var height = (2 * options.LanePadding) + (rowCount * options.NodeHeight) + ((rowCount - 1) * options.VerticalGap);
            lanes.Add(new CanvasLane(phase.Id, phase.Title, p, 0, y, laneWidth, height));
            nodes.AddRange(laneNodes);
            y += height;
        }

        return new CanvasLayout
        {
            Lanes = lanes,
            Nodes = nodes,
            Edges = [.. graph.Edges.Select(e => Edge(e, layers, guards))],
            Width = laneWidth,
            Height = y,
        };
    }

    private static CanvasEdge Edge(GraphEdge edge, Dictionary<string, int> layers, Dictionary<string, string?> guards)
    {
        var kind = edge.Kind switch
        {
            GraphEdgeKind.Route when !edge.CrossesPhase && layers.GetValueOrDefault(edge.To) <= layers.GetValueOrDefault(edge.From) => CanvasEdgeKind.LoopBack,
            GraphEdgeKind.Route => CanvasEdgeKind.Route,
            _ => CanvasEdgeKind.Dependency,
        };
        return new CanvasEdge
        {
            From = edge.From,
            To = edge.To,
            Kind = kind,
            Implicit = edge.Kind == GraphEdgeKind.Sequence,
            Label = edge.Outcome,
            LabelTitle = edge.OutcomeTitle,
            Guard = guards.GetValueOrDefault(edge.To),
            CrossesPhase = edge.CrossesPhase,
        };
    }

    /// <summary>The layer of each step of a phase (longest chain of waits inside the phase, Kahn's order).</summary>
    private static Dictionary<string, int> Layers(GraphPhase phase, IReadOnlyList<GraphEdge> edges)
    {
        var ids = phase.Nodes.Select(n => n.StepId).ToHashSet(StringComparer.Ordinal);
        var inPhase = edges.Where(e => e.Kind != GraphEdgeKind.Route && !e.CrossesPhase && ids.Contains(e.From) && ids.Contains(e.To) && e.From != e.To).ToList();
        var waiting = phase.Nodes.ToDictionary(n => n.StepId, n => inPhase.Count(e => e.To == n.StepId), StringComparer.Ordinal);
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        var ready = new Queue<string>(phase.Nodes.Where(n => !n.RouteOnly && waiting[n.StepId] == 0).Select(n => n.StepId));
        while (ready.TryDequeue(out var id))
        {
            layers.TryAdd(id, 0);
            foreach (var edge in inPhase.Where(e => e.From == id))
            {
                layers[edge.To] = Math.Max(layers.GetValueOrDefault(edge.To), layers[id] + 1);
                if (--waiting[edge.To] == 0)
                {
                    ready.Enqueue(edge.To);
                }
            }
        }

        // Steps in a dependency cycle never become ready: they go after everything else, in document order.
        var next = layers.Values.DefaultIfEmpty(-1).Max() + 1;
        foreach (var node in phase.Nodes.Where(n => !n.RouteOnly && !layers.ContainsKey(n.StepId)))
        {
            layers[node.StepId] = next++;
        }

        // Route-only steps sit one layer after the first (in document order) placed step that routes to them.
        var routes = edges.Where(e => e.Kind == GraphEdgeKind.Route && ids.Contains(e.From) && ids.Contains(e.To)).ToList();
        for (var pass = 0; pass < phase.Nodes.Count; pass++)
        {
            var placedAny = false;
            foreach (var node in phase.Nodes.Where(n => n.RouteOnly && !layers.ContainsKey(n.StepId)))
            {
                if (routes.FirstOrDefault(r => r.To == node.StepId && layers.ContainsKey(r.From)) is { } route)
                {
                    layers[node.StepId] = layers[route.From] + 1;
                    placedAny = true;
                }
            }

            if (!placedAny)
            {
                break;
            }
        }

        foreach (var node in phase.Nodes.Where(n => !layers.ContainsKey(n.StepId)))
        {
            layers[node.StepId] = 0;
        }

        return layers;
    }
}

using System.Text;

namespace ConsultEngine.Definitions.Graph;

/// <summary>
/// Writes a <see cref="ProcessGraph"/> as a Mermaid <c>flowchart TD</c>: one subgraph per phase,
/// node shapes by kind of step, dotted arrows for routes labelled with the outcome, a <c>?</c> on
/// guarded steps and dashed borders on route-only ones. The same graph always gives the same text.
/// </summary>
public static class MermaidExporter
{
    private const string Indent = "    ";

    public static string Export(ProcessGraph graph, GraphExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var language = (options ?? GraphExportOptions.Default).Language;
        var ids = ExportIds.ForMermaid();
        var text = new StringBuilder();
        text.Append("flowchart TD\n");
        text.Append(Indent).Append("%% ").Append(GraphLabels.Flatten(GraphLabels.Header(graph, language))).Append('\n');

        var routeOnly = new List<string>();
        foreach (var phase in graph.Phases)
        {
            text.Append(Indent).Append("subgraph ").Append(ids.Phase(phase)).Append('[').Append(Quote(GraphLabels.Phase(phase, language))).Append("]\n");
            foreach (var node in phase.Nodes)
            {
                var id = ids.Node(node);
                var (open, close) = Shape(node.Category);
                text.Append(Indent).Append(Indent).Append(id).Append(open).Append(NodeLabel(node, language)).Append(close).Append('\n');
                if (node.RouteOnly)
                {
                    routeOnly.Add(id);
                }
            }

            text.Append(Indent).Append("end\n");
        }

        foreach (var edge in graph.Edges)
        {
            if (ids.Step(edge.From) is not { } from || ids.Step(edge.To) is not { } to)
            {
                continue;
            }

            text.Append(Indent).Append(from);
            text.Append(edge.Kind == GraphEdgeKind.Route ? " -.->|" + Quote(GraphLabels.Route(edge, language)) + "| " : " --> ");
            text.Append(to).Append('\n');
        }

        if (routeOnly.Count > 0)
        {
            text.Append(Indent).Append("classDef routeOnly stroke-dasharray: 5 5\n");
            text.Append(Indent).Append("class ").Append(string.Join(',', routeOnly)).Append(" routeOnly\n");
        }

        return text.ToString();
    }

    /// <summary>A quoted label. Mermaid reads <c>#name;</c> and <c>#123;</c> as character codes; the rest is safe inside quotes.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in GraphLabels.Flatten(text))
        {
            builder.Append(c switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                '&' => "#amp;",
                '<' => "#lt;",
                '>' => "#gt;",
                '`' => "#96;",
                '|' => "#124;",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string NodeLabel(GraphNode node, string language)
    {
        var title = Quote(GraphLabels.Title(node, language));
        var detail = GraphLabels.Detail(node, language);
        return detail.Length == 0 ? title : title[..^1] + "<br/>" + Quote(detail)[1..];
    }

    private static (string Open, string Close) Shape(GraphNodeCategory category) => category switch
    {
        GraphNodeCategory.Task or GraphNodeCategory.Meeting => ("[", "]"),
        GraphNodeCategory.Approval or GraphNodeCategory.Decision => ("{", "}"),
        GraphNodeCategory.Tool => ("([", "])"),
        GraphNodeCategory.Notify => (">", "]"),
        GraphNodeCategory.Wait => ("{{", "}}"),
        _ => ("[/", "/]"),
    };
}

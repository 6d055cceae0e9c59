using System.Text;

namespace ConsultEngine.Definitions.Graph;

/// <summary>
/// Writes a <see cref="ProcessGraph"/> as a Graphviz <c>digraph</c>: one <c>cluster_</c> subgraph
/// per phase, node shapes by kind of step, dashed edges for routes labelled with the outcome, a
/// <c>?</c> on guarded steps and dashed borders on route-only ones. The same graph always gives the same text.
/// </summary>
public static class DotExporter
{
    private const string Indent = "    ";

    public static string Export(ProcessGraph graph, GraphExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var language = (options ?? GraphExportOptions.Default).Language;
        var ids = ExportIds.ForDot();
        var text = new StringBuilder();
        text.Append("digraph ").Append(Quote($"{graph.DefinitionId}@{graph.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}")).Append(" {\n");
        text.Append(Indent).Append("graph [label=").Append(Quote(GraphLabels.Header(graph, language))).Append(", labelloc=\"t\", fontname=\"Helvetica\"];\n");
        text.Append(Indent).Append("node [fontname=\"Helvetica\", fontsize=11];\n");
        text.Append(Indent).Append("edge [fontname=\"Helvetica\", fontsize=10];\n");

        foreach (var phase in graph.Phases)
        {
            text.Append('\n').Append(Indent).Append("subgraph ").Append(Quote(ids.Phase(phase))).Append(" {\n");
            text.Append(Indent).Append(Indent).Append("label=").Append(Quote(GraphLabels.Phase(phase, language))).Append(";\n");
            text.Append(Indent).Append(Indent).Append("style=\"rounded\";\n");
            foreach (var node in phase.Nodes)
            {
                text.Append(Indent).Append(Indent).Append(Quote(ids.Node(node)))
                    .Append(" [label=").Append(NodeLabel(node, language))
                    .Append(", shape=").Append(Shape(node.Category));
                var style = Style(node);
                if (style.Length > 0)
                {
                    text.Append(", style=\"").Append(style).Append('"');
                }

                text.Append("];\n");
            }

            text.Append(Indent).Append("}\n");
        }

        text.Append('\n');
        foreach (var edge in graph.Edges)
        {
            if (ids.Step(edge.From) is not { } from || ids.Step(edge.To) is not { } to)
            {
                continue;
            }

            text.Append(Indent).Append(Quote(from)).Append(" -> ").Append(Quote(to));
            if (edge.Kind == GraphEdgeKind.Route)
            {
                text.Append(" [style=\"dashed\", label=").Append(Quote(GraphLabels.Route(edge, language))).Append(']');
            }

            text.Append(";\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>A DOT quoted string. In labels a backslash starts an escape (<c>\n</c>, <c>\N</c>), so a literal one is doubled.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in GraphLabels.Flatten(text))
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static string NodeLabel(GraphNode node, string language)
    {
        var title = Quote(GraphLabels.Title(node, language));
        var detail = GraphLabels.Detail(node, language);
        return detail.Length == 0 ? title : title[..^1] + "\\n" + Quote(detail)[1..];
    }

    private static string Shape(GraphNodeCategory category) => category switch
    {
        GraphNodeCategory.Task or GraphNodeCategory.Meeting => "box",
        GraphNodeCategory.Approval or GraphNodeCategory.Decision => "diamond",
        GraphNodeCategory.Tool => "box",
        GraphNodeCategory.Notify => "cds",
        GraphNodeCategory.Wait => "hexagon",
        _ => "parallelogram",
    };

    private static string Style(GraphNode node)
    {
        var styles = new List<string>();
        if (node.Category == GraphNodeCategory.Tool)
        {
            styles.Add("rounded");
        }

        if (node.RouteOnly)
        {
            styles.Add("dashed");
        }

        return string.Join(',', styles);
    }
}

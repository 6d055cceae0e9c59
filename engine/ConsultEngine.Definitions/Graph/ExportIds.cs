using System.Text;

namespace ConsultEngine.Definitions.Graph;

/// <summary>
/// Names nodes and phases in an exported picture: unique, stable (derived from the ids, so a diff
/// of two pictures reads like a diff of the definitions), and safe for the target syntax.
/// </summary>
internal sealed class ExportIds(string stepPrefix, string phasePrefix, bool alphanumericOnly)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byStep = new(StringComparer.Ordinal);

    /// <summary>Mermaid: prefixed and reduced to letters, digits and underscores, so no id is a keyword (<c>end</c>) or starts an arrow.</summary>
    public static ExportIds ForMermaid() => new("s_", "p_", alphanumericOnly: true);

    /// <summary>DOT: ids are written quoted, so they stay as they are; a phase is a cluster only when its name starts with <c>cluster</c>.</summary>
    public static ExportIds ForDot() => new(string.Empty, "cluster_", alphanumericOnly: false);

    public string Phase(GraphPhase phase) => Unique(phasePrefix + Clean(phase.Id));

    /// <summary>The id of a node; call it for every node before <see cref="Step"/>.</summary>
    public string Node(GraphNode node)
    {
        var id = Unique(stepPrefix + Clean(node.StepId));
        _byStep.TryAdd(node.StepId, id);
        return id;
    }

    /// <summary>The id of the (first) node of a step, or <c>null</c> when the graph has no such step.</summary>
    public string? Step(string stepId) => _byStep.GetValueOrDefault(stepId);

    private string Unique(string id)
    {
        var candidate = id;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            candidate = $"{id}_{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }

    private string Clean(string id)
    {
        if (!alphanumericOnly)
        {
            return id;
        }

        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return builder.ToString();
    }
}

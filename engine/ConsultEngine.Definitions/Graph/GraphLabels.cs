using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Graph;

/// <summary>The words a picture shows, the same for every exporter; escaping is the exporter's job.</summary>
internal static class GraphLabels
{
    /// <summary>Marks a step with a <c>when</c> guard: it may be skipped.</summary>
    public const string GuardMarker = "? ";

    public const string DetailSeparator = " · ";

    public static string Title(GraphNode node, string language) =>
        (node.HasGuard ? GuardMarker : string.Empty) + Text(node.Title, language, node.StepId);

    /// <summary>The second line of a node: who does it and how long it has, or empty.</summary>
    public static string Detail(GraphNode node, string language)
    {
        var role = node.Role is null ? null : Text(node.RoleTitle, language, node.Role);
        return string.Join(DetailSeparator, new[] { role, node.Due }.Where(s => !string.IsNullOrEmpty(s)));
    }

    public static string Phase(GraphPhase phase, string language) => Text(phase.Title, language, phase.Id);

    public static string Route(GraphEdge edge, string language) => Text(edge.OutcomeTitle, language, edge.Outcome ?? string.Empty);

    public static string Header(ProcessGraph graph, string language)
    {
        var title = graph.Title?.Get(language);
        var reference = $"{graph.DefinitionId}@{graph.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return string.IsNullOrEmpty(title) ? reference : $"{reference}: {title}";
    }

    /// <summary>Control characters (a line break in a title) would end a statement: they become spaces.</summary>
    public static string Flatten(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c;
            }
        });

    private static string Text(LocalizedText? text, string language, string fallback)
    {
        var value = text?.Get(language);
        return string.IsNullOrWhiteSpace(value) ? fallback : value;
    }
}

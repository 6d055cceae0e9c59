using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Overlays;

/// <summary>
/// An in-memory catalog of definitions and overlays, typically loaded from a <c>definitions/</c>
/// folder. Overlays are resolved on demand; a chain that extends itself resolves to nothing.
/// </summary>
public sealed class DefinitionCatalog : IDefinitionCatalog
{
    private readonly Dictionary<(string Id, int Version), ProcessDefinition> _definitions = [];
    private readonly Dictionary<(string Id, int Version), ProcessOverlay> _overlays = [];
    private readonly HashSet<(string Id, int Version)> _resolving = [];

    public void Add(ProcessDefinition definition) => _definitions[(definition.Id, definition.Version)] = definition;

    public void Add(ProcessOverlay overlay) => _overlays[(overlay.Id, overlay.Version)] = overlay;

    /// <summary>Reads every <c>*.json</c> file under <paramref name="directory"/> that is a definition or an overlay (schema files are skipped).</summary>
    public static DefinitionCatalog LoadDirectory(string directory, bool recursive = true)
    {
        var catalog = new DefinitionCatalog();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var document = DefinitionDocument.TryRead(file);
            if (document?.Overlay is { } overlay)
            {
                catalog.Add(overlay);
            }
            else if (document?.Definition is { } definition)
            {
                catalog.Add(definition);
            }
        }

        return catalog;
    }

    public ProcessDefinition? Find(string id, int version)
    {
        if (_definitions.TryGetValue((id, version), out var definition))
        {
            return definition;
        }

        if (!_overlays.TryGetValue((id, version), out var overlay) || overlay.Extends is not { } extends || !_resolving.Add((id, version)))
        {
            return null;
        }

        try
        {
            var baseDefinition = Find(extends.Id, extends.Version);
            return baseDefinition is null ? null : OverlayResolver.Resolve(overlay, baseDefinition).Definition;
        }
        finally
        {
            _resolving.Remove((id, version));
        }
    }

    public IReadOnlyList<int> Versions(string id) =>
        [.. _definitions.Keys.Concat(_overlays.Keys).Where(k => k.Id == id).Select(k => k.Version).Distinct().Order()];
}

using System.Collections.Concurrent;
using System.Text.Json;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Runtime;

namespace ConsultEngine.Hosting.Definitions;

/// <summary>
/// The runtime's view of the definition store: published and retired versions (instances running
/// on a retired version still need it), overlays resolved against their base. Published text never
/// changes, so a version is read and resolved once and then served from memory; a version published
/// by another process is read on its first use. Only <see cref="IsRetired"/> goes to the store every
/// time, because retiring is the one change a stored version sees.
/// </summary>
internal sealed class StoredDefinitionCatalog(IDefinitionStore store) : IDefinitionCatalog, IDefinitionStartPolicy
{
    private readonly ConcurrentDictionary<(string Id, int Version), ProcessDefinition> _resolved = new();

    // The store's calls complete synchronously in memory and are short reads on SQLite; the runtime's
    // catalog contract is synchronous, and there is no synchronisation context to deadlock on here.
    public ProcessDefinition? Find(string id, int version) =>
        version < 1 ? null : _resolved.TryGetValue((id, version), out var found) ? found : Load(id, version, []);

    public IReadOnlyList<int> Versions(string id) =>
        [.. store.ListAsync(id).GetAwaiter().GetResult().Where(v => !v.IsDraft).Select(v => v.Version)];

    public bool IsRetired(string definitionId, int version) =>
        store.FindAsync(definitionId, version).GetAwaiter().GetResult() is { State: DefinitionVersionState.Retired };

    /// <summary>Reads and resolves a stored version; <paramref name="visiting"/> stops an overlay chain that extends itself.</summary>
    private ProcessDefinition? Load(string id, int version, HashSet<(string, int)> visiting)
    {
        if (_resolved.TryGetValue((id, version), out var cached))
        {
            return cached;
        }

        if (!visiting.Add((id, version)) || store.FindAsync(id, version).GetAwaiter().GetResult() is not { IsDraft: false } stored)
        {
            return null;
        }

        var definition = Read(stored, visiting);
        return definition is null ? null : _resolved.GetOrAdd((id, version), definition);
    }

    private ProcessDefinition? Read(StoredDefinitionVersion stored, HashSet<(string, int)> visiting)
    {
        try
        {
            if (stored.Header.Kind == DefinitionKind.Definition)
            {
                return DefinitionJson.DeserializeDefinition(stored.Json);
            }

            var overlay = DefinitionJson.DeserializeOverlay(stored.Json);
            return overlay.Extends is { } extends && Load(extends.Id, extends.Version, visiting) is { } baseDefinition
                ? OverlayResolver.Resolve(overlay, baseDefinition).Definition
                : null;
        }
        catch (Exception error) when (error is JsonException or DefinitionFormatException)
        {
            // Stored versions were checked when they were published or seeded; a row edited by hand is not served.
            return null;
        }
    }
}

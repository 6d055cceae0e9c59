using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Startup;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Runtime;

namespace ConsultEngine.Hosting.Definitions;

/// <summary>
/// The runtime's view of the definition store: published and retired versions (instances running
/// on a retired version still need it), overlays resolved against their base. The runtime's catalogue
/// contract is synchronous, so it answers from a snapshot of the stored versions, loaded once
/// asynchronously when the engine initialises and replaced, one definition id at a time, by the
/// definition library after each of its writes (the library is the store's only writer). A version
/// is resolved on its first use and then kept: published text never changes. A version written to
/// the store by another node (several hosts on one PostgreSQL database) is found when it is first
/// asked for: a miss reads that definition's versions again, at most once per
/// <see cref="MissRefreshInterval"/> per definition, so an unknown id asked for in a loop costs one
/// read a second, not one per request.
/// </summary>
internal sealed class StoredDefinitionCatalog(Deferred<IDefinitionStore> store) : IDefinitionCatalog, IDefinitionStartPolicy
{
    private readonly ConcurrentDictionary<(string Id, int Version), ProcessDefinition> _resolved = new();
    private static readonly TimeSpan MissRefreshInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _writeLock = new();
    private readonly ConcurrentDictionary<string, long> _missRefreshedAt = new(StringComparer.Ordinal);
    private volatile ImmutableDictionary<string, ImmutableSortedDictionary<int, StoredDefinitionVersion>>? _snapshot;

    /// <summary>Reads every stored version (drafts left out) into the snapshot.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await store.Value.ListAsync(withJson: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var snapshot = stored.Where(v => !v.IsDraft).GroupBy(v => v.DefinitionId, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableSortedDictionary(v => v.Version, v => v), StringComparer.Ordinal);
        lock (_writeLock)
        {
            _snapshot = snapshot;
        }
    }

    /// <summary>Reads the stored versions of <paramref name="definitionId"/> again: the library calls it after it publishes, retires or seeds.</summary>
    public async Task RefreshAsync(string definitionId, CancellationToken cancellationToken)
    {
        var stored = await store.Value.ListAsync(definitionId, withJson: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var versions = stored.Where(v => !v.IsDraft).ToImmutableSortedDictionary(v => v.Version, v => v);
        lock (_writeLock)
        {
            var snapshot = Snapshot;
            _snapshot = versions.IsEmpty ? snapshot.Remove(definitionId) : snapshot.SetItem(definitionId, versions);
        }
    }

    public ProcessDefinition? Find(string id, int version) =>
        version < 1 ? null : _resolved.TryGetValue((id, version), out var found) ? found : Load(id, version, []);

    public IReadOnlyList<int> Versions(string id) =>
        Snapshot.TryGetValue(id, out var versions) || (RefreshedOnMiss(id) && Snapshot.TryGetValue(id, out versions)) ? [.. versions.Keys] : [];

    public bool IsRetired(string definitionId, int version) =>
        Stored(definitionId, version) is { State: DefinitionVersionState.Retired };

    /// <summary>The version a start that names no version gets (<see cref="LatestPublishedRule"/>), or <c>null</c>.</summary>
    public int? LatestPublished(string definitionId) =>
        Snapshot.TryGetValue(definitionId, out var versions) || (RefreshedOnMiss(definitionId) && Snapshot.TryGetValue(definitionId, out versions))
            ? LatestPublishedRule.Of(versions.Values.Select(v => (v.Version, v.State)))
            : null;

    private ImmutableDictionary<string, ImmutableSortedDictionary<int, StoredDefinitionVersion>> Snapshot =>
        _snapshot ?? throw EngineStartupException.NotInitialized("IDefinitionCatalog");

    private StoredDefinitionVersion? Stored(string id, int version) =>
        StoredIn(Snapshot, id, version) ?? (RefreshedOnMiss(id) ? StoredIn(Snapshot, id, version) : null);

    private static StoredDefinitionVersion? StoredIn(ImmutableDictionary<string, ImmutableSortedDictionary<int, StoredDefinitionVersion>> snapshot, string id, int version) =>
        snapshot.TryGetValue(id, out var versions) && versions.TryGetValue(version, out var stored) ? stored : null;

    /// <summary>
    /// Reads <paramref name="definitionId"/>'s versions again after a miss, unless that was done less than
    /// <see cref="MissRefreshInterval"/> ago; true when it read. The catalogue's contract is synchronous, so
    /// the read is waited for on a pool thread: a miss is rare (a version another node published, a wrong id).
    /// </summary>
    private bool RefreshedOnMiss(string definitionId)
    {
        var now = Environment.TickCount64;
        var last = _missRefreshedAt.GetOrAdd(definitionId, long.MinValue);
        if ((last != long.MinValue && now - last < (long)MissRefreshInterval.TotalMilliseconds) || !_missRefreshedAt.TryUpdate(definitionId, now, last))
        {
            return false;
        }

        if (_missRefreshedAt.Count > 10_000)
        {
            // Wrong ids asked for in bulk must not grow this without end.
            _missRefreshedAt.Clear();
        }

        Task.Run(() => RefreshAsync(definitionId, CancellationToken.None)).GetAwaiter().GetResult();
        return true;
    }

    /// <summary>Resolves a stored version; <paramref name="visiting"/> stops an overlay chain that extends itself.</summary>
    private ProcessDefinition? Load(string id, int version, HashSet<(string, int)> visiting)
    {
        if (_resolved.TryGetValue((id, version), out var cached))
        {
            return cached;
        }

        if (!visiting.Add((id, version)) || Stored(id, version) is not { } stored)
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

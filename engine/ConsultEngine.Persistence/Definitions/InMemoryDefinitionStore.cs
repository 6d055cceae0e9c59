namespace ConsultEngine.Persistence.Definitions;

/// <summary>Definition versions in memory, under the same rules as the SQLite store: for tests and simulations. Nothing survives the process.</summary>
public sealed class InMemoryDefinitionStore(TimeProvider? clock = null) : IDefinitionStore
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<(string Id, int Version), StoredDefinitionVersion> _versions = new(Comparer<(string Id, int Version)>.Create(
        (a, b) => string.CompareOrdinal(a.Id, b.Id) is var byId and not 0 ? byId : a.Version.CompareTo(b.Version)));

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public Task<IReadOnlyList<StoredDefinitionVersion>> ListAsync(string? definitionId = null, bool withJson = false, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<StoredDefinitionVersion> list = [.. _versions.Values.Where(v => definitionId is null || v.DefinitionId == definitionId).Select(v => withJson ? v : v with { Json = string.Empty })];
            return Task.FromResult(list);
        }
    }

    public Task<StoredDefinitionVersion?> FindAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_versions.GetValueOrDefault((definitionId, version)));
        }
    }

    public Task<StoredDefinitionVersion> CreateDraftAsync(string definitionId, string json, DefinitionHeader header, int? basedOnVersion, string origin, string actor, CancellationToken cancellationToken = default) =>
        Change(definitionId, h => h.CreateDraft(json, header, basedOnVersion, origin, actor));

    public Task<StoredDefinitionVersion> SaveDraftAsync(string definitionId, long expectedRevision, string json, DefinitionHeader? header, string actor, CancellationToken cancellationToken = default) =>
        Change(definitionId, h => h.SaveDraft(expectedRevision, json, header, actor));

    public Task<StoredDefinitionVersion> PublishDraftAsync(string definitionId, long expectedRevision, string actor, CancellationToken cancellationToken = default) =>
        Change(definitionId, h => h.Publish(expectedRevision, actor));

    public Task<StoredDefinitionVersion> RetireAsync(string definitionId, int version, string actor, CancellationToken cancellationToken = default) =>
        Change(definitionId, h => h.Retire(version, actor));

    public Task DiscardDraftAsync(string definitionId, long? expectedRevision, CancellationToken cancellationToken = default) =>
        Change(definitionId, h =>
        {
            h.Discard(expectedRevision);
            return true;
        });

    public Task<SeedOutcome> SeedAsync(string definitionId, int version, string json, DefinitionHeader header, string origin, CancellationToken cancellationToken = default) =>
        Change(definitionId, h => h.Seed(version, json, header, origin));

    private Task<T> Change<T>(string definitionId, Func<DefinitionHistory, T> change)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        lock (_lock)
        {
            var history = new DefinitionHistory(definitionId, _versions.Values.Where(v => v.DefinitionId == definitionId), _clock.GetUtcNow());
            var result = change(history);
            foreach (var version in history.Removed)
            {
                _versions.Remove((definitionId, version));
            }

            foreach (var record in history.Written)
            {
                _versions[(definitionId, record.Version)] = record;
            }

            return Task.FromResult(result);
        }
    }
}

namespace ConsultEngine.Persistence.Definitions;

/// <summary>
/// The rules of one definition id's versions, applied to what a store loaded inside its write
/// transaction: at most one draft, revisions checked, the next version number, published versions
/// never rewritten. Both stores run these same rules and then write <see cref="Written"/> and
/// <see cref="Removed"/>; a rule that refuses throws before anything is written.
/// </summary>
internal sealed class DefinitionHistory(string definitionId, IEnumerable<StoredDefinitionVersion> stored, DateTimeOffset now)
{
    private readonly Dictionary<int, StoredDefinitionVersion> _versions = stored.ToDictionary(v => v.Version);

    /// <summary>Versions to insert or update.</summary>
    public List<StoredDefinitionVersion> Written { get; } = [];

    /// <summary>Version numbers to delete (only ever the draft's).</summary>
    public List<int> Removed { get; } = [];

    /// <summary>The highest published or retired version, 0 when there is none.</summary>
    public int LatestVersion => _versions.Keys.DefaultIfEmpty(0).Max();

    public StoredDefinitionVersion CreateDraft(string json, DefinitionHeader header, int? basedOnVersion, string origin, string actor)
    {
        if (_versions.TryGetValue(StoredDefinitionVersion.DraftVersion, out var existing))
        {
            throw new DefinitionStoreException(DefinitionStoreCodes.DraftExists, definitionId, StoredDefinitionVersion.DraftVersion,
                $"The definition '{definitionId}' already has a draft (revision {existing.Revision}); save into it or discard it first.")
            { CurrentRevision = existing.Revision };
        }

        var draft = new StoredDefinitionVersion
        {
            DefinitionId = definitionId,
            Version = StoredDefinitionVersion.DraftVersion,
            State = DefinitionVersionState.Draft,
            Header = header,
            Json = json,
            Revision = 1,
            BasedOnVersion = basedOnVersion,
            Origin = origin,
            CreatedBy = actor,
            CreatedAt = now,
            SavedBy = actor,
            SavedAt = now,
        };
        return Write(draft);
    }

    public StoredDefinitionVersion SaveDraft(long expectedRevision, string json, DefinitionHeader? header, string actor)
    {
        var draft = Draft(expectedRevision);
        return Write(draft with { Json = json, Header = header ?? draft.Header, Revision = draft.Revision + 1, SavedBy = actor, SavedAt = now });
    }

    public StoredDefinitionVersion Publish(long expectedRevision, string actor)
    {
        var draft = Draft(expectedRevision);
        var next = LatestVersion + 1;
        var json = JsonVersionStamp.Apply(draft.Json, next)
            ?? throw new DefinitionStoreException(DefinitionStoreCodes.PublishRefused, definitionId, StoredDefinitionVersion.DraftVersion,
                $"The draft of '{definitionId}' is not a JSON object and cannot be published.");
        Remove(StoredDefinitionVersion.DraftVersion);
        return Write(draft with
        {
            Version = next,
            State = DefinitionVersionState.Published,
            Json = json,
            PublishedBy = actor,
            PublishedAt = now,
        });
    }

    public StoredDefinitionVersion Retire(int version, string actor)
    {
        if (version == StoredDefinitionVersion.DraftVersion || !_versions.TryGetValue(version, out var stored))
        {
            throw NotFound(version);
        }

        if (stored.State != DefinitionVersionState.Published)
        {
            throw new DefinitionStoreException(DefinitionStoreCodes.NotPublished, definitionId, version,
                $"{definitionId}@{version} is {stored.State.ToString().ToLowerInvariant()}; only a published version can be retired.");
        }

        return Write(stored with { State = DefinitionVersionState.Retired, RetiredBy = actor, RetiredAt = now });
    }

    public void Discard(long? expectedRevision)
    {
        if (expectedRevision is { } revision)
        {
            Draft(revision);
        }
        else if (!_versions.ContainsKey(StoredDefinitionVersion.DraftVersion))
        {
            throw NoDraft();
        }

        Remove(StoredDefinitionVersion.DraftVersion);
    }

    public SeedOutcome Seed(int version, string json, DefinitionHeader header, string origin)
    {
        if (_versions.TryGetValue(version, out var stored))
        {
            return string.Equals(stored.Json, json, StringComparison.Ordinal) ? SeedOutcome.Unchanged : SeedOutcome.Conflict;
        }

        Write(new StoredDefinitionVersion
        {
            DefinitionId = definitionId,
            Version = version,
            State = DefinitionVersionState.Published,
            Header = header,
            Json = json,
            Origin = origin,
            CreatedBy = origin,
            CreatedAt = now,
            SavedBy = origin,
            SavedAt = now,
            PublishedBy = origin,
            PublishedAt = now,
        });
        return SeedOutcome.Added;
    }

    private StoredDefinitionVersion Draft(long expectedRevision)
    {
        if (!_versions.TryGetValue(StoredDefinitionVersion.DraftVersion, out var draft))
        {
            throw NoDraft();
        }

        if (draft.Revision != expectedRevision)
        {
            throw new DefinitionStoreException(DefinitionStoreCodes.DraftRevisionConflict, definitionId, StoredDefinitionVersion.DraftVersion,
                $"The draft of '{definitionId}' is at revision {draft.Revision}, saved by {draft.SavedBy}; the change was made to revision {expectedRevision}. Reload the draft and apply the change again.")
            { CurrentRevision = draft.Revision };
        }

        return draft;
    }

    private StoredDefinitionVersion Write(StoredDefinitionVersion version)
    {
        _versions[version.Version] = version;
        Written.RemoveAll(v => v.Version == version.Version);
        Written.Add(version);
        return version;
    }

    private void Remove(int version)
    {
        _versions.Remove(version);
        Written.RemoveAll(v => v.Version == version);
        Removed.Add(version);
    }

    private DefinitionStoreException NoDraft() =>
        new(DefinitionStoreCodes.DraftNotFound, definitionId, StoredDefinitionVersion.DraftVersion, $"The definition '{definitionId}' has no draft.");

    private DefinitionStoreException NotFound(int version) =>
        new(DefinitionStoreCodes.VersionNotFound, definitionId, version, $"{definitionId}@{version} is not stored.");
}

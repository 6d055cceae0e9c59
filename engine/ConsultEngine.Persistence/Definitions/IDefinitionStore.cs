namespace ConsultEngine.Persistence.Definitions;

/// <summary>
/// Where definition versions are kept: per definition id its published and retired versions and at
/// most one draft. Every change is atomic and checked against what is stored at that moment (the
/// draft's revision, the next version number), so two editors cannot overwrite each other.
/// Refusals are <see cref="DefinitionStoreException"/>s with a <see cref="DefinitionStoreCodes"/> code.
/// </summary>
public interface IDefinitionStore
{
    /// <summary>Every stored version (drafts too), ordered by id then version; without their JSON text unless <paramref name="withJson"/>.</summary>
    Task<IReadOnlyList<StoredDefinitionVersion>> ListAsync(string? definitionId = null, bool withJson = false, CancellationToken cancellationToken = default);

    /// <summary>One version (<see cref="StoredDefinitionVersion.DraftVersion"/> for the draft), with its JSON text, or <c>null</c>.</summary>
    Task<StoredDefinitionVersion?> FindAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>Creates the draft of <paramref name="definitionId"/> (revision 1); refused (CE8502) when it has one.</summary>
    Task<StoredDefinitionVersion> CreateDraftAsync(string definitionId, string json, DefinitionHeader header, int? basedOnVersion, string origin, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the draft's text if its revision is still <paramref name="expectedRevision"/> (else
    /// CE8501 and nothing written); the revision goes up by one. A <c>null</c> header keeps the last one
    /// (the text may be unreadable while someone types).
    /// </summary>
    Task<StoredDefinitionVersion> SaveDraftAsync(string definitionId, long expectedRevision, string json, DefinitionHeader? header, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes the draft at <paramref name="expectedRevision"/> as the next version (the highest
    /// stored version + 1), written into its JSON. The draft is gone afterwards.
    /// </summary>
    Task<StoredDefinitionVersion> PublishDraftAsync(string definitionId, long expectedRevision, string actor, CancellationToken cancellationToken = default);

    /// <summary>Retires a published version: it stays readable for the instances running on it.</summary>
    Task<StoredDefinitionVersion> RetireAsync(string definitionId, int version, string actor, CancellationToken cancellationToken = default);

    /// <summary>Deletes the draft (at <paramref name="expectedRevision"/> when one is given).</summary>
    Task DiscardDraftAsync(string definitionId, long? expectedRevision, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a version as published unless its id and version are already stored: the same text is
    /// <see cref="SeedOutcome.Unchanged"/>, other text is <see cref="SeedOutcome.Conflict"/> (and kept as stored).
    /// </summary>
    Task<SeedOutcome> SeedAsync(string definitionId, int version, string json, DefinitionHeader header, string origin, CancellationToken cancellationToken = default);
}

/// <summary>What seeding one document did.</summary>
public enum SeedOutcome
{
    Added,
    Unchanged,
    Conflict,
}

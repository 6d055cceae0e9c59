namespace ConsultEngine.Persistence.Definitions;

/// <summary>
/// One stored version of a definition (or overlay): the JSON text exactly as it was saved, what it is,
/// and who did what to it when. The draft of a definition id is stored at <see cref="DraftVersion"/>.
/// </summary>
public sealed record StoredDefinitionVersion
{
    /// <summary>The version number the draft is kept under: published versions start at 1.</summary>
    public const int DraftVersion = 0;

    public required string DefinitionId { get; init; }

    /// <summary>The published version number, or <see cref="DraftVersion"/> for the draft.</summary>
    public required int Version { get; init; }

    public required DefinitionVersionState State { get; init; }

    public required DefinitionHeader Header { get; init; }

    /// <summary>The document text as saved (on publishing, with its <c>version</c> set to the number it got).</summary>
    public required string Json { get; init; }

    /// <summary>
    /// The draft's edit counter, for optimistic concurrency: 1 when the draft is created, one more on
    /// each save. A published version keeps the revision of the draft it was published from.
    /// </summary>
    public long Revision { get; init; }

    /// <summary>The published version a draft was created from (<c>null</c> for an import).</summary>
    public int? BasedOnVersion { get; init; }

    /// <summary>Where the document came from: <c>designer</c>, <c>import</c> or <c>seed:&lt;file&gt;</c>.</summary>
    public string? Origin { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string SavedBy { get; init; }

    public required DateTimeOffset SavedAt { get; init; }

    public string? PublishedBy { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public string? RetiredBy { get; init; }

    public DateTimeOffset? RetiredAt { get; init; }

    public bool IsDraft => State == DefinitionVersionState.Draft;
}

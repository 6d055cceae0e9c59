using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// The designer's only door to stored definitions: list, open, save a draft, publish, import. A thin
/// seam on purpose — the durable version store replaces <see cref="FolderDesignerLibrary"/> behind it
/// without a change to the pages.
/// </summary>
public interface IDesignerLibrary
{
    Task<IReadOnlyList<DefinitionEntry>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One version, or null when it does not exist.</summary>
    Task<StoredVersion?> OpenAsync(string id, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// The draft to edit from <paramref name="version"/>: that version itself when it is a draft,
    /// else the existing draft of the definition, else a new draft (the next version number) copied from it.
    /// </summary>
    Task<StoredVersion?> DraftFromAsync(string id, int version, CancellationToken cancellationToken = default);

    /// <summary>Saves a draft (the definition's id and version say which); published and retired versions cannot be overwritten.</summary>
    Task<SaveOutcome> SaveDraftAsync(ProcessDefinition draft, CancellationToken cancellationToken = default);

    /// <summary>Publishes a draft after validating it; a draft with errors stays a draft and the errors come back.</summary>
    Task<SaveOutcome> PublishAsync(string id, int version, CancellationToken cancellationToken = default);

    /// <summary>Stores an imported document as the definition's draft (its version set to the next number).</summary>
    Task<SaveOutcome> ImportAsync(string json, CancellationToken cancellationToken = default);
}

/// <summary>Where a version is in its life.</summary>
public enum VersionState
{
    Draft,
    Published,
    Retired,
}

/// <summary>A definition and its versions, newest first.</summary>
public sealed record DefinitionEntry(string Id, LocalizedText? Title, IReadOnlyList<VersionEntry> Versions);

public sealed record VersionEntry(int Version, VersionState State, DateTimeOffset? Saved);

/// <summary>A version as stored.</summary>
public sealed record StoredVersion(ProcessDefinition Definition, VersionState State);

/// <summary>The result of a save, publish or import: the version stored, or why not (coded diagnostics).</summary>
public sealed record SaveOutcome(StoredVersion? Stored, IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Stored is not null;
}

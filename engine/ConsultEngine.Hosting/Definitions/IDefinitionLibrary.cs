using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Diff;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Persistence.Definitions;

namespace ConsultEngine.Hosting.Definitions;

/// <summary>
/// Definitions and their versions for the designer and the API: drafts saved with a revision
/// (autosave loses nothing: a stale revision is refused with CE8501, a draft with errors is still
/// saved), publishing as the next version, retiring, import and export, diffs. Version
/// <see cref="StoredDefinitionVersion.DraftVersion"/> (0) names the draft where a version is asked for.
/// Refusals are <see cref="DefinitionStoreException"/>s carrying a <see cref="DefinitionStoreCodes"/> code
/// and, for publish and import, every diagnostic with its code, JSON Pointer, line and column.
/// </summary>
public interface IDefinitionLibrary
{
    /// <summary>Every definition id with its versions and draft, ordered by id.</summary>
    Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One definition id, or <c>null</c> when nothing of it is stored.</summary>
    Task<DefinitionSummary?> FindAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The version a start that names no version gets: the highest published one (a draft or a retired
    /// version never), or <c>null</c> when there is none. Every host decides it here, through
    /// <see cref="DefinitionSummary.LatestPublished"/>.
    /// </summary>
    Task<int?> LatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>The JSON text of a version exactly as stored (CE8504 when it is not).</summary>
    Task<string> GetJsonAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>The draft with its text (CE8503 when there is none).</summary>
    Task<DraftDocument> GetDraftAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Starts a draft from a published or retired version's text (CE8502 when a draft exists).</summary>
    Task<DraftSaveResult> CreateDraftAsync(string definitionId, int fromVersion, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a draft of imported JSON, under the id the document names. Text that cannot be read as a
    /// definition document (not JSON, not an object, no id) is refused with CE8509 and its diagnostics.
    /// </summary>
    Task<DraftSaveResult> ImportAsync(string json, string actor, CancellationToken cancellationToken = default);

    /// <summary>Saves the draft's text over <paramref name="revision"/>; any text is kept, its diagnostics are returned.</summary>
    Task<DraftSaveResult> SaveDraftAsync(string definitionId, long revision, string json, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every diagnostic of the draft, as publishing would see them.</summary>
    Task<IReadOnlyList<Diagnostic>> ValidateDraftAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Every diagnostic of a document text (with the step types and published definitions of this host).</summary>
    IReadOnlyList<Diagnostic> Validate(string json, string? definitionId = null);

    /// <summary>Publishes the draft at <paramref name="revision"/> as the next version; refused with CE8505 and every diagnostic when it has errors (nothing changes).</summary>
    Task<DefinitionVersionInfo> PublishAsync(string definitionId, long revision, string actor, CancellationToken cancellationToken = default);

    /// <summary>Retires a published version: running instances keep it, new starts are refused (CE8015).</summary>
    Task<DefinitionVersionInfo> RetireAsync(string definitionId, int version, string actor, CancellationToken cancellationToken = default);

    /// <summary>Deletes the draft (checked against <paramref name="revision"/> when given).</summary>
    Task DiscardDraftAsync(string definitionId, long? revision, CancellationToken cancellationToken = default);

    /// <summary>A version's text as stored and its file name (<c>id.vN.json</c>).</summary>
    Task<ExportedDefinition> ExportAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>The changes from one version to another (overlays compared as they resolve; 0 is the draft).</summary>
    Task<IReadOnlyList<DefinitionChange>> CompareAsync(DefinitionReference older, DefinitionReference newer, CancellationToken cancellationToken = default);

    /// <summary>What an overlay version (0: its draft) changes against the definition it extends.</summary>
    Task<OverlayChanges> OverlayChangesAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>Imports the definitions folder's valid files as published versions (idempotent; a changed file is reported, not stored).</summary>
    Task<IReadOnlyList<SeedEntry>> SeedAsync(string folder, CancellationToken cancellationToken = default);
}

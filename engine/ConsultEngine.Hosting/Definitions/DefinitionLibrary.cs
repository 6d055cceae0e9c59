using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Diff;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Hosting.Startup;
using ConsultEngine.Persistence.Definitions;

namespace ConsultEngine.Hosting.Definitions;

/// <summary>
/// The definition library over a store: the store keeps the rules of versions and drafts atomic; this
/// adds what needs the engine: validation with the host's step types and published definitions,
/// the checks before publishing, import, diffs and seeding from the definitions folder.
/// </summary>
internal sealed partial class DefinitionLibrary(Deferred<IDefinitionStore> deferredStore, StoredDefinitionCatalog catalog, IStepTypeRegistry stepTypes) : IDefinitionLibrary
{
    private const int Draft = StoredDefinitionVersion.DraftVersion;

    // Resolved on use: the designer's warm-up holds a library before the engine's stores are open.
    private IDefinitionStore Store => deferredStore.Value;

    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await Store.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).GroupBy(v => v.DefinitionId, StringComparer.Ordinal).Select(Summary)];

    public async Task<DefinitionSummary?> FindAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var versions = await Store.ListAsync(definitionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? null : Summary(versions.GroupBy(v => v.DefinitionId, StringComparer.Ordinal).Single());
    }

    public async Task<string> GetJsonAsync(string definitionId, int version, CancellationToken cancellationToken = default) =>
        (await StoredAsync(definitionId, version, cancellationToken).ConfigureAwait(false)).Json;

    public async Task<DraftDocument> GetDraftAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var draft = await StoredAsync(definitionId, Draft, cancellationToken).ConfigureAwait(false);
        return new DraftDocument(DraftInfo.From(draft), draft.Json);
    }

    public async Task<DraftSaveResult> CreateDraftAsync(string definitionId, int fromVersion, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var source = await StoredAsync(definitionId, fromVersion, cancellationToken).ConfigureAwait(false);
        if (source.IsDraft)
        {
            throw NotFound(definitionId, fromVersion);
        }

        var draft = await Store.CreateDraftAsync(definitionId, source.Json, source.Header, fromVersion, "designer", actor, cancellationToken).ConfigureAwait(false);
        return new DraftSaveResult(DraftInfo.From(draft), Validate(draft.Json, definitionId));
    }

    public async Task<DraftSaveResult> ImportAsync(string json, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var diagnostics = Validate(json);
        if (DefinitionHeader.TryRead(json) is not { Id: { Length: > 0 } id } read || diagnostics.Any(IsUnreadable))
        {
            throw new DefinitionStoreException(DefinitionStoreCodes.ImportInvalid, string.Empty, null,
                "The imported text cannot be read as a definition document; see its diagnostics.", [.. diagnostics.Where(d => d.IsError)]);
        }

        var draft = await Store.CreateDraftAsync(id, json, read.Header, null, "import", actor, cancellationToken).ConfigureAwait(false);
        return new DraftSaveResult(DraftInfo.From(draft), diagnostics);
    }

    public async Task<DraftSaveResult> SaveDraftAsync(string definitionId, long revision, string json, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);

        // Text that is not (yet) a JSON object keeps the listing's header of the last readable save.
        var draft = await Store.SaveDraftAsync(definitionId, revision, json, DefinitionHeader.TryRead(json)?.Header, actor, cancellationToken).ConfigureAwait(false);
        return new DraftSaveResult(DraftInfo.From(draft), Validate(json, definitionId));
    }

    public async Task<IReadOnlyList<Diagnostic>> ValidateDraftAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var draft = await StoredAsync(definitionId, Draft, cancellationToken).ConfigureAwait(false);
        return Validate(draft.Json, definitionId);
    }

    public IReadOnlyList<Diagnostic> Validate(string json, string? definitionId = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var diagnostics = new DefinitionValidator(stepTypes, catalog).ValidateText(json).Diagnostics;
        if (definitionId is not null && DraftIdCheck.Check(json, definitionId) is { } mismatch)
        {
            diagnostics = [.. diagnostics.Append(mismatch).OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
        }

        return diagnostics;
    }

    public async Task<DefinitionVersionInfo> PublishAsync(string definitionId, long revision, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var draft = await StoredAsync(definitionId, Draft, cancellationToken).ConfigureAwait(false);
        if (draft.Revision != revision)
        {
            // The store checks it again when it publishes; checking first keeps a stale editor from seeing someone else's diagnostics.
            throw new DefinitionStoreException(DefinitionStoreCodes.DraftRevisionConflict, definitionId, Draft,
                $"The draft of '{definitionId}' is at revision {draft.Revision}, saved by {draft.SavedBy}; the publish was asked for revision {revision}.")
            { CurrentRevision = draft.Revision };
        }

        // Checked as it will be published: with the version number it is about to get.
        var versions = await Store.ListAsync(definitionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var next = versions.Where(v => !v.IsDraft).Select(v => v.Version).DefaultIfEmpty(0).Max() + 1;
        var diagnostics = Validate(JsonVersionStamp.Apply(draft.Json, next) ?? draft.Json, definitionId);
        if (diagnostics.Any(d => d.IsError))
        {
            throw new DefinitionStoreException(DefinitionStoreCodes.PublishRefused, definitionId, Draft,
                $"The draft of '{definitionId}' has {diagnostics.Count(d => d.IsError)} error(s) and was not published.", diagnostics);
        }

        var published = await Store.PublishDraftAsync(definitionId, revision, actor, cancellationToken).ConfigureAwait(false);
        await catalog.RefreshAsync(definitionId, cancellationToken).ConfigureAwait(false);
        return DefinitionVersionInfo.From(published);
    }

    public async Task<DefinitionVersionInfo> RetireAsync(string definitionId, int version, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var retired = await Store.RetireAsync(definitionId, version, actor, cancellationToken).ConfigureAwait(false);
        await catalog.RefreshAsync(definitionId, cancellationToken).ConfigureAwait(false);
        return DefinitionVersionInfo.From(retired);
    }

    public Task DiscardDraftAsync(string definitionId, long? revision, CancellationToken cancellationToken = default) =>
        Store.DiscardDraftAsync(definitionId, revision, cancellationToken);

    public async Task<ExportedDefinition> ExportAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var stored = await StoredAsync(definitionId, version, cancellationToken).ConfigureAwait(false);
        return new ExportedDefinition(stored.IsDraft ? $"{definitionId}.draft.json" : $"{definitionId}.v{version}.json", stored.Json);
    }

    public async Task<IReadOnlyList<DefinitionChange>> CompareAsync(DefinitionReference older, DefinitionReference newer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = await ComparableAsync(older, cancellationToken).ConfigureAwait(false);
        var after = await ComparableAsync(newer, cancellationToken).ConfigureAwait(false);
        return DefinitionDiff.Compare(before, after);
    }

    public async Task<OverlayChanges> OverlayChangesAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var stored = await StoredAsync(definitionId, version, cancellationToken).ConfigureAwait(false);
        var overlay = new DefinitionValidator(stepTypes, catalog).ValidateText(stored.Json).Overlay;
        if (overlay?.Extends is not { } extends || catalog.Find(extends.Id, extends.Version) is not { } baseDefinition)
        {
            throw new DefinitionStoreException(DefinitionStoreCodes.NotComparable, definitionId, version,
                $"{definitionId}@{version} is not an overlay of a stored definition version.");
        }

        return OverlayChanges.Of(overlay, baseDefinition);
    }

    private async Task<ProcessDefinition> ComparableAsync(DefinitionReference reference, CancellationToken cancellationToken)
    {
        ProcessDefinition? definition;
        if (reference.Version == Draft)
        {
            var draft = await StoredAsync(reference.Id, Draft, cancellationToken).ConfigureAwait(false);
            var result = new DefinitionValidator(stepTypes, catalog).ValidateText(draft.Json);
            definition = result.Definition ?? result.Resolved;
        }
        else
        {
            definition = catalog.Find(reference.Id, reference.Version);
        }

        return definition ?? throw new DefinitionStoreException(DefinitionStoreCodes.NotComparable, reference.Id, reference.Version,
            $"{reference} cannot be compared: it is not stored, or its document cannot be read as a definition.");
    }

    private async Task<StoredDefinitionVersion> StoredAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        return await Store.FindAsync(definitionId, version, cancellationToken).ConfigureAwait(false)
            ?? throw (version == Draft
                ? new DefinitionStoreException(DefinitionStoreCodes.DraftNotFound, definitionId, Draft, $"The definition '{definitionId}' has no draft.")
                : NotFound(definitionId, version));
    }

    private static DefinitionStoreException NotFound(string definitionId, int version) =>
        new(DefinitionStoreCodes.VersionNotFound, definitionId, version, $"{definitionId}@{version} is not stored.");

    /// <summary>A diagnostic that means the text is not a definition document at all: too large, not JSON, too deep, not an object.</summary>
    private static bool IsUnreadable(Diagnostic diagnostic) =>
        diagnostic.Code == DiagnosticCodes.DocumentTooLarge.Code || diagnostic.Code == DiagnosticCodes.MalformedJson.Code
        || diagnostic.Code == DiagnosticCodes.NestingTooDeep.Code || diagnostic.Code == DiagnosticCodes.DocumentNotObject.Code;

    private static DefinitionSummary Summary(IGrouping<string, StoredDefinitionVersion> versions)
    {
        var draft = versions.FirstOrDefault(v => v.IsDraft);
        var published = versions.Where(v => !v.IsDraft).ToList();

        // The listing's title and kind: the newest published version's, else the draft's.
        var head = published.LastOrDefault() ?? draft!;
        return new DefinitionSummary(versions.Key, head.Header.Kind, head.Header.TitleVi, head.Header.TitleEn, head.Header.BaseId, head.Header.BaseVersion,
            [.. published.Select(DefinitionVersionInfo.From)], draft is null ? null : DraftInfo.From(draft));
    }
}

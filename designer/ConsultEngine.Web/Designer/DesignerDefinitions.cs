using System.Text.Json;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Persistence.Definitions;
using Microsoft.AspNetCore.Components.Authorization;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// The designer's door to definitions: the engine's <see cref="IDefinitionLibrary"/> seen as a page
/// edits it (list, open, draft from a version, save, publish, import), with no library of its own.
/// The store keeps the draft at version 0; the designer shows it under the number it will get when
/// published (the highest stored version + 1), so both numbers open it. Each save goes over the draft revision this library last saw for the
/// definition (when it opened, made, saved or imported the draft): a draft changed by someone else
/// since then is refused with the store's CE8501 and nothing is written. Scoped to a circuit, so the
/// revisions are this page's, and the actor is the circuit's signed-in user. Overlays are not listed:
/// the designer edits plain definitions only.
/// </summary>
public sealed class DesignerDefinitions(IDefinitionLibrary library, AuthenticationStateProvider? authentication = null, IDefinitionOwnership? ownership = null)
{
    private const int StoreDraft = StoredDefinitionVersion.DraftVersion;

    private readonly Dictionary<string, long> _revisions = new(StringComparer.Ordinal);
    private readonly Lock _revisionsLock = new();

    public async Task<IReadOnlyList<DefinitionEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var summaries = await library.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. summaries.Where(s => s.Kind == DefinitionKind.Definition).Select(Entry)];
    }

    public async Task<StoredVersion?> OpenAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (await library.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { Kind: DefinitionKind.Definition } summary)
        {
            return null;
        }

        if (summary.Draft is not null && (version == StoreDraft || version == summary.NextVersion))
        {
            return await OpenDraftAsync(summary, cancellationToken).ConfigureAwait(false);
        }

        if (summary.Versions.FirstOrDefault(v => v.Version == version) is not { } info)
        {
            return null;
        }

        var json = await library.GetJsonAsync(id, version, cancellationToken).ConfigureAwait(false);
        return Read(json, version) is { } definition ? new StoredVersion(definition, StateOf(info.State)) : null;
    }

    public async Task<StoredVersion?> DraftFromAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (await library.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { Kind: DefinitionKind.Definition } summary)
        {
            return null;
        }

        if (summary.Draft is not null)
        {
            // At most one draft per definition: asked from any version, it is the one to edit.
            return summary.Versions.Any(v => v.Version == version) || version == StoreDraft || version == summary.NextVersion
                ? await OpenDraftAsync(summary, cancellationToken).ConfigureAwait(false)
                : null;
        }

        if (!summary.Versions.Any(v => v.Version == version) || await ActorAsync(id).ConfigureAwait(false) is not { } actor)
        {
            return null;
        }

        try
        {
            var made = await library.CreateDraftAsync(id, version, actor, cancellationToken).ConfigureAwait(false);
            Remember(id, made.Draft.Revision);
        }
        catch (DefinitionStoreException ex) when (ex.Code == DefinitionStoreCodes.DraftExists)
        {
            // Someone made one a moment ago: edit theirs rather than lose it.
        }

        return await OpenAsync(id, StoreDraft, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SaveOutcome> SaveDraftAsync(ProcessDefinition draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var summary = await library.FindAsync(draft.Id, cancellationToken).ConfigureAwait(false);
        if (summary?.Versions.FirstOrDefault(v => v.Version == draft.Version) is { } stored)
        {
            return Refused(DesignerCodes.VersionNotDraft, $"{draft.Id} version {draft.Version} is {stored.State.ToString().ToLowerInvariant()}; only a draft can be saved.");
        }

        if (summary?.Draft is null)
        {
            return Refused(DefinitionStoreCodes.DraftNotFound, DiagnosticSeverity.Error, $"The definition '{draft.Id}' has no draft (it was published or discarded); open it again.");
        }

        if (draft.Version != summary.NextVersion)
        {
            return Refused(DesignerCodes.VersionNotDraft, $"{draft.Id} version {draft.Version} is not its draft (version {summary.NextVersion}).");
        }

        if (RevisionOf(draft.Id) is not { } revision)
        {
            // Never opened here: saving would overwrite a draft this page has not seen.
            return Refused(DefinitionStoreCodes.DraftRevisionConflict, DiagnosticSeverity.Error,
                $"The draft of '{draft.Id}' is at revision {summary.Draft.Revision}, which this page has not opened; open it again.");
        }

        if (await RefusedChangeAsync(draft.Id).ConfigureAwait(false) is { } notOwned)
        {
            return notOwned;
        }

        if (await ActorAsync().ConfigureAwait(false) is not { } actor)
        {
            return Refused(DesignerCodes.NoActor, "Only a signed-in user can save a draft.");
        }

        try
        {
            var saved = await library.SaveDraftAsync(draft.Id, revision, DefinitionJson.Serialize(draft), actor, cancellationToken).ConfigureAwait(false);
            Remember(draft.Id, saved.Draft.Revision);
            return new SaveOutcome(new StoredVersion(draft, VersionState.Draft), []);
        }
        catch (DefinitionStoreException ex)
        {
            return Refused(ex);
        }
    }

    public async Task<SaveOutcome> PublishAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var summary = await library.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (summary?.Draft is null || (version != StoreDraft && version != summary.NextVersion))
        {
            return Refused(DesignerCodes.VersionNotDraft, $"{id} version {version} is not a draft.");
        }

        if (RevisionOf(id) is not { } revision)
        {
            return Refused(DefinitionStoreCodes.DraftRevisionConflict, DiagnosticSeverity.Error,
                $"The draft of '{id}' is at revision {summary.Draft.Revision}, which this page has not opened; open it again.");
        }

        if (await RefusedChangeAsync(id).ConfigureAwait(false) is { } notOwned)
        {
            return notOwned;
        }

        if (await ActorAsync().ConfigureAwait(false) is not { } actor)
        {
            return Refused(DesignerCodes.NoActor, "Only a signed-in user can publish.");
        }

        try
        {
            var published = await library.PublishAsync(id, revision, actor, cancellationToken).ConfigureAwait(false);
            Forget(id);
            var json = await library.GetJsonAsync(id, published.Version, cancellationToken).ConfigureAwait(false);
            var definition = Read(json, published.Version)!;
            return new SaveOutcome(new StoredVersion(definition, StateOf(published.State)), library.Validate(json, id));
        }
        catch (DefinitionStoreException ex)
        {
            return Refused(ex);
        }
    }

    public async Task<SaveOutcome> ImportAsync(string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (await ActorAsync().ConfigureAwait(false) is not { } actor)
        {
            return Refused(DesignerCodes.NoActor, "Only a signed-in user can import.");
        }

        if (DefinitionIdOf(json) is { } importedId && await RefusedChangeAsync(importedId).ConfigureAwait(false) is { } notOwned)
        {
            return notOwned;
        }

        DraftSaveResult imported;
        try
        {
            // An existing draft is refused (CE8502), not replaced: an import never overwrites someone's edits.
            imported = await library.ImportAsync(json, actor, cancellationToken).ConfigureAwait(false);
        }
        catch (DefinitionStoreException ex)
        {
            return Refused(ex);
        }

        Remember(imported.Draft.DefinitionId, imported.Draft.Revision);
        var summary = await library.FindAsync(imported.Draft.DefinitionId, cancellationToken).ConfigureAwait(false);
        return summary is not null && Read(json, summary.NextVersion) is { } definition
            ? new SaveOutcome(new StoredVersion(definition, VersionState.Draft), imported.Diagnostics)
            : new SaveOutcome(null, [.. imported.Diagnostics, Problem(DesignerCodes.NotADefinition.Code, DesignerCodes.NotADefinition.Severity,
                "The document was stored as a draft but is not a plain process definition the designer can edit.")]);
    }

    private async Task<StoredVersion?> OpenDraftAsync(DefinitionSummary summary, CancellationToken cancellationToken)
    {
        DraftDocument draft;
        try
        {
            draft = await library.GetDraftAsync(summary.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (DefinitionStoreException ex) when (ex.Code == DefinitionStoreCodes.DraftNotFound)
        {
            return null;
        }

        Remember(summary.Id, draft.Draft.Revision);
        return Read(draft.Json, summary.NextVersion) is { } definition ? new StoredVersion(definition, VersionState.Draft) : null;
    }

    private static DefinitionEntry Entry(DefinitionSummary summary)
    {
        var versions = summary.Versions.OrderByDescending(v => v.Version).Select(v => new VersionEntry(v.Version, StateOf(v.State), v.RetiredAt ?? v.PublishedAt));
        if (summary.Draft is { } draft)
        {
            versions = versions.Prepend(new VersionEntry(summary.NextVersion, VersionState.Draft, draft.SavedAt));
        }

        var title = summary.TitleVi is null && summary.TitleEn is null ? null : new LocalizedText { Vi = summary.TitleVi, En = summary.TitleEn };
        return new DefinitionEntry(summary.Id, title, [.. versions]);
    }

    private static VersionState StateOf(DefinitionVersionState state) => state switch
    {
        DefinitionVersionState.Published => VersionState.Published,
        DefinitionVersionState.Retired => VersionState.Retired,
        _ => VersionState.Draft,
    };

    /// <summary>A plain definition from stored text, numbered as the designer shows it; null for text the designer cannot edit (an overlay, broken JSON).</summary>
    private static ProcessDefinition? Read(string json, int version)
    {
        try
        {
            using (var document = JsonDocument.Parse(json))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object || document.RootElement.TryGetProperty("extends", out _))
                {
                    return null;
                }
            }

            return DefinitionJson.DeserializeDefinition(json) with { Version = version };
        }
        catch (Exception ex) when (ex is JsonException or DefinitionFormatException)
        {
            return null;
        }
    }

    private async Task<string?> ActorAsync()
    {
        if (authentication is null)
        {
            return null;
        }

        var state = await authentication.GetAuthenticationStateAsync().ConfigureAwait(false);
        return state.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
    }

    /// <summary>The signed-in actor, or null when there is none or the actor may not change <paramref name="definitionId"/>.</summary>
    private async Task<string?> ActorAsync(string definitionId) =>
        await RefusedChangeAsync(definitionId).ConfigureAwait(false) is null ? await ActorAsync().ConfigureAwait(false) : null;

    /// <summary>The refusal when the signed-in user may not change <paramref name="definitionId"/> (another province's); null when allowed.</summary>
    private async Task<SaveOutcome?> RefusedChangeAsync(string definitionId)
    {
        if (ownership is null || authentication is null)
        {
            return null;
        }

        var state = await authentication.GetAuthenticationStateAsync().ConfigureAwait(false);
        return ownership.MayChange(state.User, definitionId)
            ? null
            : Refused(ownership.RefusalCode, DiagnosticSeverity.Error, $"The definition '{definitionId}' belongs to another province or to the national level.");
    }

    private static string? DefinitionIdOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private long? RevisionOf(string id)
    {
        lock (_revisionsLock)
        {
            return _revisions.TryGetValue(id, out var revision) ? revision : null;
        }
    }

    private void Remember(string id, long revision)
    {
        lock (_revisionsLock)
        {
            _revisions[id] = revision;
        }
    }

    private void Forget(string id)
    {
        lock (_revisionsLock)
        {
            _revisions.Remove(id);
        }
    }

    /// <summary>The store's refusal as the designer reports it: its own code first, then (publish, import) every diagnostic of the document.</summary>
    private static SaveOutcome Refused(DefinitionStoreException ex) =>
        ex.Code == DefinitionStoreCodes.PublishRefused && ex.Diagnostics.Count > 0
            ? new SaveOutcome(null, ex.Diagnostics)
            : new SaveOutcome(null, [Problem(ex.Code, DiagnosticSeverity.Error, ex.Message), .. ex.Diagnostics]);

    private static SaveOutcome Refused(DiagnosticDescriptor code, string message) => Refused(code.Code, code.Severity, message);

    private static SaveOutcome Refused(string code, DiagnosticSeverity severity, string message) => new(null, [Problem(code, severity, message)]);

    private static Diagnostic Problem(string code, DiagnosticSeverity severity, string message) => new(code, severity, message, string.Empty, 0, 0);
}

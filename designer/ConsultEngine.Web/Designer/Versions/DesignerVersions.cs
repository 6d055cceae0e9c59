using System.Text.Json;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Diff;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Persistence.Definitions;
using Microsoft.AspNetCore.Components.Authorization;

namespace ConsultEngine.Web.Designer.Versions;

/// <summary>
/// Version management for the designer's pages, over the definition library: the versions of an id
/// with who did what and when, two versions compared, what an overlay changes against the standard,
/// retiring a published version and discarding a draft. Versions are the store's numbers here (0 is the
/// draft). A refusal comes back as its store code (never thrown), for the page to show. Scoped to a
/// circuit: the actor is the circuit's signed-in user.
/// </summary>
public sealed class DesignerVersions(IDefinitionLibrary library, AuthenticationStateProvider authentication, IDefinitionOwnership? ownership = null)
{
    public const int Draft = StoredDefinitionVersion.DraftVersion;

    public Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default) => library.ListAsync(cancellationToken);

    public Task<DefinitionSummary?> FindAsync(string id, CancellationToken cancellationToken = default) => library.FindAsync(id, cancellationToken);

    /// <summary>Every change from <paramref name="from"/> to <paramref name="to"/>, grouped for reading.</summary>
    public async Task<Answer<Comparison>> CompareAsync(string id, int from, int to, CancellationToken cancellationToken = default)
    {
        try
        {
            var changes = await library.CompareAsync(new DefinitionReference { Id = id, Version = from }, new DefinitionReference { Id = id, Version = to }, cancellationToken).ConfigureAwait(false);
            var older = await ReadAsync(id, from, cancellationToken).ConfigureAwait(false);
            var newer = await ReadAsync(id, to, cancellationToken).ConfigureAwait(false);
            // The documents' own version numbers always differ; the page's heading already says which two they are.
            var shown = changes.Where(c => !(c.Area == ChangeArea.Definition && c.Field == "version")).ToList();
            return new Answer<Comparison>(new Comparison(id, from, to, GroupedChanges.Of(shown, older, newer)), null);
        }
        catch (DefinitionStoreException ex)
        {
            return new Answer<Comparison>(null, new VersionRefusal(ex.Code, ex.Message));
        }
    }

    /// <summary>What overlay version <paramref name="version"/> of <paramref name="id"/> changes against the definition it extends.</summary>
    public async Task<Answer<OverlayView>> OverlayAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        try
        {
            var changes = await library.OverlayChangesAsync(id, version, cancellationToken).ConfigureAwait(false);
            var json = await library.GetJsonAsync(id, version, cancellationToken).ConfigureAwait(false);
            var overlay = DefinitionJson.DeserializeOverlay(json);
            var baseDefinition = await ReadAsync(changes.Base.Id, changes.Base.Version, cancellationToken).ConfigureAwait(false);
            var resolved = baseDefinition is null ? null : OverlayResolver.Resolve(overlay, baseDefinition).Definition;
            return new Answer<OverlayView>(new OverlayView(changes, overlay, GroupedChanges.Of(changes.Changes, baseDefinition, resolved)), null);
        }
        catch (DefinitionStoreException ex)
        {
            return new Answer<OverlayView>(null, new VersionRefusal(ex.Code, ex.Message));
        }
        catch (Exception ex) when (ex is JsonException or DefinitionFormatException)
        {
            return new Answer<OverlayView>(null, new VersionRefusal(DefinitionStoreCodes.NotComparable, ex.Message));
        }
    }

    /// <summary>Retires a published version (CE8506 when it is not published).</summary>
    public async Task<VersionRefusal?> RetireAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        if (await RefusedChangeAsync(id).ConfigureAwait(false) is { } notOwned)
        {
            return notOwned;
        }

        if (await ActorAsync().ConfigureAwait(false) is not { } actor)
        {
            return new VersionRefusal(DesignerCodes.NoActor.Code, DesignerCodes.NoActor.Title);
        }

        try
        {
            await library.RetireAsync(id, version, actor, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (DefinitionStoreException ex)
        {
            return new VersionRefusal(ex.Code, ex.Message);
        }
    }

    /// <summary>Deletes the draft if it is still at <paramref name="revision"/> (CE8501 when someone saved it since, CE8503 when there is none).</summary>
    public async Task<VersionRefusal?> DiscardAsync(string id, long revision, CancellationToken cancellationToken = default)
    {
        if (await RefusedChangeAsync(id).ConfigureAwait(false) is { } notOwned)
        {
            return notOwned;
        }

        if (await ActorAsync().ConfigureAwait(false) is null)
        {
            return new VersionRefusal(DesignerCodes.NoActor.Code, DesignerCodes.NoActor.Title);
        }

        try
        {
            await library.DiscardDraftAsync(id, revision, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (DefinitionStoreException ex)
        {
            return new VersionRefusal(ex.Code, ex.Message);
        }
    }

    /// <summary>A version as a plain definition (an overlay resolved over its base), or null when it does not read.</summary>
    private async Task<ProcessDefinition?> ReadAsync(string id, int version, CancellationToken cancellationToken)
    {
        try
        {
            var json = await library.GetJsonAsync(id, version, cancellationToken).ConfigureAwait(false);
            using (var document = JsonDocument.Parse(json))
            {
                if (!document.RootElement.TryGetProperty("extends", out _))
                {
                    return DefinitionJson.DeserializeDefinition(json);
                }
            }

            var overlay = DefinitionJson.DeserializeOverlay(json);
            return overlay.Extends is { } extends && await ReadAsync(extends.Id, extends.Version, cancellationToken).ConfigureAwait(false) is { } baseDefinition
                ? OverlayResolver.Resolve(overlay, baseDefinition).Definition
                : null;
        }
        catch (Exception ex) when (ex is JsonException or DefinitionFormatException or DefinitionStoreException)
        {
            return null;
        }
    }

    // The pages hide another province's actions; this holds when a circuit event is forged anyway.
    private async Task<VersionRefusal?> RefusedChangeAsync(string id)
    {
        if (ownership is null)
        {
            return null;
        }

        var state = await authentication.GetAuthenticationStateAsync().ConfigureAwait(false);
        return ownership.MayChange(state.User, id)
            ? null
            : new VersionRefusal(ownership.RefusalCode, $"The definition '{id}' belongs to another province or to the national level.");
    }

    private async Task<string?> ActorAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync().ConfigureAwait(false);
        return state.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
    }
}

/// <summary>A refused version action or view: the code to show, and the store's message (English, for logs and tooltips).</summary>
public sealed record VersionRefusal(string Code, string Message);

/// <summary>What a view asked for, or why not.</summary>
public sealed record Answer<T>(T? Value, VersionRefusal? Refusal)
    where T : class;

/// <summary>Two versions of one definition compared (store numbers: 0 is the draft).</summary>
public sealed record Comparison(string DefinitionId, int From, int To, GroupedChanges Changes);

/// <summary>An overlay's changes, its patches (for their reasons) and the changes grouped by phase.</summary>
public sealed record OverlayView(OverlayChanges Changes, ProcessOverlay Overlay, GroupedChanges Grouped);

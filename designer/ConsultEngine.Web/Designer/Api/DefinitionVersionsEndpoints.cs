using ConsultEngine.Definitions.Diff;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole;

namespace ConsultEngine.Web.Designer.Api;

/// <summary>
/// Version management of definitions: compare two versions, what an overlay changes against the
/// definition it extends, retire a published version, discard a draft. Versions are the store's
/// numbers (0 is the draft). Refusals are problem details with the store's code (CE85xx).
/// </summary>
[ApiEndpointGroup]
internal static class DefinitionVersionsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var definitions = api.MapGroup("/definitions").WithTags("Definitions");

        definitions.MapGet("/{definitionId}/compare", async (string definitionId, int from, int to, IDefinitionLibrary library, CancellationToken ct) =>
            {
                var changes = await library.CompareAsync(Reference(definitionId, from), Reference(definitionId, to), ct).ConfigureAwait(false);
                return TypedResults.Ok(new ComparisonAnswer(definitionId, from, to, [.. changes.Select(c => ChangeAnswer.From(c, null))]));
            })
            .WithName("CompareDefinitionVersions")
            .WithSummary("Every change from version 'from' to version 'to' (0 is the draft): definition fields, roles, variables, rules, forms, phases and steps, field by field.")
            .RequireAuthorization(Policies.ReadDefinitions)
            .Produces<ComparisonAnswer>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound);

        definitions.MapGet("/{definitionId}/versions/{version}/overlay-changes", async (string definitionId, int version, IDefinitionLibrary library, CancellationToken ct) =>
            {
                var json = await library.GetJsonAsync(definitionId, version, ct).ConfigureAwait(false);
                var changes = await library.OverlayChangesAsync(definitionId, version, ct).ConfigureAwait(false);
                var overlay = Definitions.DefinitionJson.DeserializeOverlay(json);
                return TypedResults.Ok(new OverlayChangesAnswer(
                    changes.Overlay,
                    changes.Base,
                    changes.Resolved,
                    [.. changes.Changes.Select(c => ChangeAnswer.From(c, c.Patch is { } p && p < overlay.Patches.Count ? overlay.Patches[p] : null))],
                    [.. changes.Diagnostics.Select(Refusal.Diagnostic)]));
            })
            .WithName("GetOverlayChanges")
            .WithSummary("What an overlay version (0: its draft) changes against the definition it extends, each change with the patch that made it and its reason. Refused with CE8510 for a version that is not an overlay.")
            .RequireAuthorization(Policies.ReadDefinitions)
            .Produces<OverlayChangesAnswer>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound);

        definitions.MapPost("/{definitionId}/versions/{version}/retire", async (string definitionId, int version, IDefinitionLibrary library, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await library.RetireAsync(definitionId, version, StaffUser.From(http.User).Actor, ct).ConfigureAwait(false)))
            .WithName("RetireDefinitionVersion")
            .WithSummary("Retires a published version: running consultations keep it, new ones cannot start on it. Refused with CE8506 when the version is not published (a draft, or retired already).")
            .RequireAuthorization(Policies.PublishDefinitions)
            .Produces<DefinitionVersionInfo>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        definitions.MapDelete("/{definitionId}/draft", async (string definitionId, long? revision, IDefinitionLibrary library, CancellationToken ct) =>
            {
                await library.DiscardDraftAsync(definitionId, revision, ct).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("DiscardDefinitionDraft")
            .WithSummary("Deletes the draft; with a revision, only if the draft is still at it (CE8501). CE8503 when there is no draft.")
            .RequireAuthorization(Policies.EditDefinitions)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static DefinitionReference Reference(string id, int version) => new() { Id = id, Version = version };

    internal sealed record ComparisonAnswer(string DefinitionId, int From, int To, IReadOnlyList<ChangeAnswer> Changes);

    internal sealed record OverlayChangesAnswer(DefinitionReference Overlay, DefinitionReference Base, bool Resolved, IReadOnlyList<ChangeAnswer> Changes, IReadOnlyList<RefusalError> Diagnostics);

    /// <summary>One change: area and kind as lower-case words, the JSON Pointer, the values as compact JSON text; for an overlay the patch (index, op, reason) that made it.</summary>
    internal sealed record ChangeAnswer(string Area, string Kind, string? Id, string? Field, string Path, string? Before, string? After, int? Patch, string? PatchOp, string? PatchReason)
    {
        public static ChangeAnswer From(DefinitionChange change, Definitions.Model.Patches.OverlayPatch? patch) => new(
            change.Area.ToString().ToLowerInvariant(),
            change.Kind.ToString().ToLowerInvariant(),
            change.Id,
            change.Field,
            change.Path,
            change.Before,
            change.After,
            change.Patch,
            patch?.Op,
            patch?.Reason);
    }
}

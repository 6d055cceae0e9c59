using System.Text;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole;

namespace ConsultEngine.Web.Designer.Api;

/// <summary>
/// Definitions through the definition library: list, a version's JSON, validate a posted document
/// (every diagnostic with its code, JSON Pointer, line and column), import as a draft, publish a draft
/// as the next version (refused with CE8505 and every diagnostic), export a version as a file.
/// The request body of validate and import is the definition document itself (<c>application/json</c>).
/// </summary>
[ApiEndpointGroup]
internal static class DefinitionsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var definitions = api.MapGroup("/definitions").WithTags("Definitions");

        api.MapGet("/definitions", async (IDefinitionLibrary library, Tenancy.ProvinceAccess provinces, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(provinces.Readable(Tenancy.StaffProvince.Of(http.User), await library.ListAsync(ct).ConfigureAwait(false))))
            .WithName("ListDefinitions")
            .WithTags("Definitions")
            .WithSummary("Every definition with its published and retired versions and its draft.")
            .RequireAuthorization(Policies.ReadDefinitions);

        definitions.MapGet("/{definitionId}", async (string definitionId, IDefinitionLibrary library, CancellationToken ct) =>
                await library.FindAsync(definitionId, ct).ConfigureAwait(false) is { } summary
                    ? Results.Ok(summary)
                    : Refusal.Of(Persistence.Definitions.DefinitionStoreCodes.VersionNotFound, $"There is no definition '{definitionId}'.").ToResult())
            .WithName("GetDefinition")
            .WithSummary("One definition with its versions and draft.")
            .RequireAuthorization(Policies.ReadDefinitions)
            .Produces<DefinitionSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        definitions.MapGet("/{definitionId}/versions/{version}", async (string definitionId, int version, IDefinitionLibrary library, CancellationToken ct) =>
                Results.Text(await library.GetJsonAsync(definitionId, version, ct).ConfigureAwait(false), "application/json", Encoding.UTF8))
            .WithName("GetDefinitionVersion")
            .WithSummary("The JSON document of a version exactly as stored (0 is the draft).")
            .RequireAuthorization(Policies.ReadDefinitions)
            .Produces<string>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        definitions.MapGet("/{definitionId}/versions/{version}/export", async (string definitionId, int version, IDefinitionLibrary library, CancellationToken ct) =>
            {
                var exported = await library.ExportAsync(definitionId, version, ct).ConfigureAwait(false);
                return Results.File(Encoding.UTF8.GetBytes(exported.Json), "application/json", exported.FileName);
            })
            .WithName("ExportDefinitionVersion")
            .WithSummary("A version as a file to download (id.vN.json).")
            .RequireAuthorization(Policies.ReadDefinitions)
            .ProducesProblem(StatusCodes.Status404NotFound);

        definitions.MapPost("/validate", async (HttpRequest request, IDefinitionLibrary library) =>
            {
                var json = await ReadBodyAsync(request).ConfigureAwait(false);
                var diagnostics = library.Validate(json);
                return TypedResults.Ok(new ValidationAnswer(!diagnostics.Any(d => d.IsError), [.. diagnostics.Select(Refusal.Diagnostic)]));
            })
            .WithName("ValidateDefinition")
            .WithSummary("Validates a posted definition document: valid or not, and every diagnostic with its code, JSON Pointer, line and column.")
            .RequireAuthorization(Policies.EditDefinitions)
            .Accepts<string>("application/json")
            .Produces<ValidationAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        definitions.MapPost("/import", async (HttpRequest request, IDefinitionLibrary library, Tenancy.ProvinceAccess provinces, HttpContext http, CancellationToken ct) =>
            {
                var json = await ReadBodyAsync(request).ConfigureAwait(false);
                provinces.CheckImport(Tenancy.StaffProvince.Of(http.User), json);
                var saved = await library.ImportAsync(json, StaffUser.From(http.User).Actor, ct).ConfigureAwait(false);
                return TypedResults.Ok(new DraftAnswer(saved.Draft, saved.IsValid, [.. saved.Diagnostics.Select(Refusal.Diagnostic)]));
            })
            .WithName("ImportDefinition")
            .WithSummary("Imports a definition document as the draft of the id it names (a draft with errors is kept, its diagnostics returned).")
            .RequireAuthorization(Policies.EditDefinitions)
            .Accepts<string>("application/json")
            .Produces<DraftAnswer>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        definitions.MapPost("/{definitionId}/draft/publish", async (string definitionId, PublishRequest? body, IDefinitionLibrary library, HttpContext http, CancellationToken ct) =>
            {
                var revision = body?.Revision ?? (await library.GetDraftAsync(definitionId, ct).ConfigureAwait(false)).Draft.Revision;
                var published = await library.PublishAsync(definitionId, revision, StaffUser.From(http.User).Actor, ct).ConfigureAwait(false);
                return TypedResults.Ok(published);
            })
            .WithName("PublishDefinitionDraft")
            .WithSummary("Publishes the draft as the next version; with a revision, only if the draft is still at it (CE8501). Refused with CE8505 and every diagnostic when the draft has errors.")
            .RequireAuthorization(Policies.PublishDefinitions)
            .Produces<DefinitionVersionInfo>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(json)
            ? throw ConsoleException.Invalid("The request body must be a definition document.", "")
            : json;
    }

    internal sealed record ValidationAnswer(bool Valid, IReadOnlyList<RefusalError> Diagnostics);

    internal sealed record DraftAnswer(DraftInfo Draft, bool Valid, IReadOnlyList<RefusalError> Diagnostics);

    internal sealed record PublishRequest(long? Revision);
}

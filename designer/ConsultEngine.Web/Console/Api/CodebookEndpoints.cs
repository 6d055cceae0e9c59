using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Codebooks;
using ConsultEngine.Persistence.Codebooks;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// A consultation's codebook: its themes (defined, or imported from the tools' own), the primary coding of
/// opinions, the blind second coding of a drawn sample, the themes table and the agreement between coders.
/// The coder of each coding is the signed-in user. The second-coding calls never return a primary coding.
/// Reading needs <see cref="Policies.ReadConsultations"/>, coding and changing <see cref="Policies.KeepRegisters"/>;
/// refusals carry CE875x.
/// </summary>
[ApiEndpointGroup]
internal static class CodebookEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        // The codebook itself is the group's own path: mapped on the instance so its template has no trailing slash.
        var instance = api.MapGroup("/instances/{instanceId}").WithTags("Codebook");
        var codebook = instance.MapGroup("/codebook");

        instance.MapGet("/codebook", (Guid instanceId, IConsultationCodebook c, CancellationToken ct) => c.CodebookAsync(instanceId, ct))
            .WithName("GetCodebook").WithSummary("The codebook's themes (id, labels, description, parent), ordered by id.").Reads();
        codebook.MapPost("/themes", (Guid instanceId, ThemeBody body, IConsultationCodebook c, HttpContext http, CancellationToken ct) =>
                c.AddThemeAsync(instanceId, body.ToTheme(body.Id), StaffUser.From(http.User).Actor, ct))
            .WithName("AddCodebookTheme").WithSummary("Adds a theme (CE8752 when the id is taken, CE8756 for a missing parent).").Changes();
        codebook.MapPut("/themes/{themeId}", (Guid instanceId, string themeId, ThemeBody body, IConsultationCodebook c, HttpContext http, CancellationToken ct) =>
                c.UpdateThemeAsync(instanceId, body.ToTheme(themeId), StaffUser.From(http.User).Actor, ct))
            .WithName("UpdateCodebookTheme").WithSummary("Changes a theme's labels, description or parent.").Changes();
        codebook.MapDelete("/themes/{themeId}", async (Guid instanceId, string themeId, IConsultationCodebook c, CancellationToken ct) =>
            {
                await c.DeleteThemeAsync(instanceId, themeId, ct).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCodebookTheme").WithSummary("Removes a theme no opinion is coded to and no theme sits under (CE8754 otherwise).").Changes();
        codebook.MapPost("/import", (Guid instanceId, IConsultationCodebook c, HttpContext http, CancellationToken ct) =>
                c.ImportToolThemesAsync(instanceId, StaffUser.From(http.User).Actor, ct))
            .WithName("ImportToolThemes").WithSummary("Seeds the codebook from the tools' own themes; returns the themes added.").Changes();

        codebook.MapGet("/opinions", (Guid instanceId, IConsultationCodebook c, CancellationToken ct) => c.OpinionsAsync(instanceId, ct))
            .WithName("ListCodableOpinions").WithSummary("Every opinion with its primary coding in force (for the primary coder).").Reads();
        codebook.MapPost("/codings", (Guid instanceId, CodingBody body, IConsultationCodebook c, HttpContext http, CancellationToken ct) =>
                c.CodeAsync(instanceId, body.OpinionId ?? string.Empty, body.ThemeIds ?? [], StaffUser.From(http.User).Actor, ct))
            .WithName("CodeOpinion").WithSummary("Codes an opinion as the primary coder (the signed-in user).").Changes();

        codebook.MapPost("/sample", (Guid instanceId, SampleRequest body, IConsultationCodebook c, HttpContext http, CancellationToken ct) =>
                c.DrawSampleAsync(instanceId, body, StaffUser.From(http.User).Actor, ct))
            .WithName("DrawSecondCodingSample").WithSummary("Draws the blind second-coding sample: a share or a count of the coded opinions, by a seeded shuffle.").Changes();
        codebook.MapGet("/second-coding", (Guid instanceId, IConsultationCodebook c, HttpContext http, CancellationToken ct) =>
                c.SecondCodingQueueAsync(instanceId, StaffUser.From(http.User).Actor, ct))
            .WithName("SecondCodingQueue").WithSummary("The sample as the signed-in second coder sees it: texts and sources, and only their own second codings.").Changes();
        codebook.MapPost("/second-coding", (Guid instanceId, CodingBody body, IConsultationCodebook c, HttpContext http, CancellationToken ct) =>
                c.SecondCodeAsync(instanceId, body.OpinionId ?? string.Empty, body.ThemeIds ?? [], StaffUser.From(http.User).Actor, ct))
            .WithName("SecondCodeOpinion").WithSummary("Records a blind second coding of an opinion of the sample (CE8758 outside it, CE8755 by its primary coder).").Changes();

        codebook.MapGet("/themes", (Guid instanceId, int? quotes, IConsultationCodebook c, CancellationToken ct) => c.ThemesAsync(instanceId, quotes ?? 3, ct))
            .WithName("CodebookThemeTable").WithSummary("Per theme: opinions coded to it, by source, with a few quotes.").Reads();
        codebook.MapGet("/agreement", (Guid instanceId, IConsultationCodebook c, CancellationToken ct) => c.AgreementAsync(instanceId, ct))
            .WithName("CodebookAgreement").WithSummary("Cohen's kappa per theme and pooled over the sample, with the Landis–Koch reading and the disagreements to settle.").Reads();
    }

    private static RouteHandlerBuilder Reads(this RouteHandlerBuilder builder) => builder
        .RequireAuthorization(Policies.ReadConsultations)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);

    private static RouteHandlerBuilder Changes(this RouteHandlerBuilder builder) => builder
        .RequireAuthorization(Policies.KeepRegisters)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>A theme's content; <see cref="Id"/> only when adding (the path names it when changing).</summary>
    internal sealed record ThemeBody(string? Id, LocalText? Label, LocalText? Description, string? ParentId)
    {
        public CodebookTheme ToTheme(string? id) => new(id ?? string.Empty, Label ?? new LocalText(string.Empty, string.Empty))
        {
            Description = Description,
            ParentId = ParentId,
        };
    }

    internal sealed record CodingBody(string? OpinionId, IReadOnlyList<string>? ThemeIds);
}

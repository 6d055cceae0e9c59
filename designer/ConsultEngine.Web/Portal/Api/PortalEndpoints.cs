using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Web.Api;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Portal.Api;

/// <summary>
/// The public read side of the API (no sign-in): the consultations open to the public and, for each
/// open tool step, its public surface as the tool describes it (the same for every tool).
/// </summary>
[ApiEndpointGroup]
internal static class PortalEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        // Route values carry no constraints: the OpenAPI document lists each path exactly as mapped.
        var group = api.MapGroup("/consultations").WithTags("Public consultations").AllowAnonymous()
            .AddEndpointFilter<PublicCredentialsFilter>();

        // ?province=48 keeps one province's (an unknown code keeps none); without it, every province's.
        api.MapGet("/consultations", async (OpenConsultations open, Tenancy.ProvinceAccess provinces, string? province, CancellationToken cancellationToken) =>
                TypedResults.Ok(await open.ListAsync(string.IsNullOrWhiteSpace(province) ? null : province.Trim(), provinces, cancellationToken).ConfigureAwait(false)))
            .WithTags("Public consultations")
            .AllowAnonymous()
            .AddEndpointFilter<PublicCredentialsFilter>()
            .WithName("ListOpenConsultations")
            .WithSummary("The consultations open to the public")
            .WithDescription("Running consultations with a tool step open to the public, with their deadlines and, for each step, the address of its portal page and of its public surface (GET …/steps/{stepId}).")
            .Produces<IReadOnlyList<OpenConsultation>>();

        group.MapGet("/{instanceId}", async Task<IResult> (Guid instanceId, OpenConsultations open, IStringLocalizer<PortalText> localizer, CancellationToken cancellationToken) =>
                await open.FindAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } consultation
                    ? TypedResults.Ok(consultation)
                    : PortalApi.NotOpen(localizer))
            .WithName("GetOpenConsultation")
            .WithSummary("One consultation open to the public")
            .Produces<OpenConsultation>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{instanceId}/results", async Task<IResult> (Guid instanceId, PublicResultsReader reader, IStringLocalizer<PortalText> localizer, CancellationToken cancellationToken) =>
                await reader.ReadAsync(instanceId, PortalApi.Language, cancellationToken).ConfigureAwait(false) is { } results
                    ? TypedResults.Ok(results)
                    : PortalApi.NotOpen(localizer))
            .WithName("GetPublicResults")
            .WithSummary("A consultation's published results")
            .WithDescription("Who took part (people and opinions counted apart), the main findings with 95% intervals, \"you said, we did\" with each commitment's status and the explanation register, citizens anonymised. 404 until the Standing Committee approves publication.")
            .Produces<PublicResults>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{instanceId}/steps/{stepId}", DescribeAsync)
            .WithName("DescribePublicToolStep")
            .WithSummary("What an open tool step shows and asks the public")
            .WithDescription("The tool's public surface: title, instructions, window and status, what everyone may read (views of kind text, table, shares, themes or figures) and the forms (fields with their JSON Pointers, widgets, pages and target). Send a form with POST …/forms/{formId}.")
            .Produces<PublicSurface>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> DescribeAsync(Guid instanceId, string stepId, OpenConsultations open, IToolSteps tools, IStringLocalizer<PortalText> localizer, CancellationToken cancellationToken)
    {
        if (await open.FindStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is not { Step: { Surface: { } surface } step })
        {
            return await UnservedSteps.AnswerAsync(open, tools, instanceId, stepId, localizer, cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(surface with { Title = surface.Title ?? new LocalText(step.Title.Get("vi"), step.Title.Get("en")) });
    }
}

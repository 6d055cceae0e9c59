using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Portal;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Api;

/// <summary>
/// The public read side of the API (no sign-in): the consultations open to the public and what each
/// open tool step asks (a survey's questionnaire, a poll's questions, a hearing's sessions).
/// </summary>
[ApiEndpointGroup]
internal static class PortalEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        // Route values carry no constraints: the OpenAPI document lists each path exactly as mapped.
        var group = api.MapGroup("/consultations").WithTags("Public consultations").AllowAnonymous();

        api.MapGet("/consultations", async (OpenConsultations open, CancellationToken cancellationToken) =>
                TypedResults.Ok(await open.ListAsync(cancellationToken).ConfigureAwait(false)))
            .WithTags("Public consultations")
            .AllowAnonymous()
            .WithName("ListOpenConsultations")
            .WithSummary("The consultations open to the public")
            .WithDescription("Running consultations with a survey, poll or hearing step open to the public, with their content, deadlines and hearing sessions.")
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
            .WithSummary("What an open tool step asks the public")
            .WithDescription("A survey's questionnaire, a poll's questions, options, window and voter identifier, or a hearing's sessions with venue, time and seats.")
            .Produces<PublicToolStepDescription>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> DescribeAsync(Guid instanceId, string stepId, OpenConsultations open, IToolSteps tools, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        var consultation = await open.FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (consultation?.Steps.FirstOrDefault(s => string.Equals(s.StepId, stepId, StringComparison.Ordinal)) is not { } step)
        {
            return PortalApi.NotOpen(localizer);
        }

        var description = new PublicToolStepDescription(instanceId, step);
        try
        {
            return TypedResults.Ok(step.Kind switch
            {
                PublicToolKind.Survey => description with { Survey = await SurveyForms.ReadAsync(tools, instanceId, stepId, PortalApi.Language, cancellationToken).ConfigureAwait(false) },
                PublicToolKind.Poll => description with { Poll = await PollForms.ReadAsync(tools, instanceId, stepId, await open.StepConfigAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false), PortalApi.Language, cancellationToken).ConfigureAwait(false) },
                _ => description,
            });
        }
        catch (ToolException error)
        {
            return PortalApi.Refused(localizer, codes, error, answerIds: false);
        }
    }
}

/// <summary>An open tool step with what it asks: one of <see cref="Survey"/>, <see cref="Poll"/>, or the step's hearing sessions.</summary>
public sealed record PublicToolStepDescription(Guid InstanceId, OpenToolStep Step)
{
    public SurveyForm? Survey { get; init; }

    public PollForm? Poll { get; init; }
}

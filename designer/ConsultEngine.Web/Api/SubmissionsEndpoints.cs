using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Portal;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Api;

/// <summary>
/// The public write side of the API (no sign-in, rate limited): a submission to an open survey or poll
/// and a registration for a hearing session, handed to the tool as the public
/// (<see cref="ToolCaller.Public"/>). A refusal is problem details carrying the first error's code and
/// every problem with its JSON Pointer into the request body.
/// </summary>
[ApiEndpointGroup]
internal static class SubmissionsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/consultations/{instanceId}/steps/{stepId}").WithTags("Public consultations").AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicSubmission);

        group.MapPost("/submissions", SubmitAsync)
            .WithName("SubmitToPublicToolStep")
            .WithSummary("Answer a survey or vote in a poll")
            .WithDescription("Stores one submission through the web channel. 201 with the stored input ids; 400 (409 for a second vote, CE9103) with the tool's coded problems.")
            .Accepts<PublicSubmission>("application/json")
            .Produces<SubmissionReceipt>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/registrations", RegisterAsync)
            .WithName("RegisterForHearingSession")
            .WithSummary("Register for a public hearing session")
            .WithDescription("Takes a seat in the session, or a place on its waiting list when it is full (status 'waiting').")
            .Accepts<PublicRegistration>("application/json")
            .Produces<HearingRegistration>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> SubmitAsync(Guid instanceId, string stepId, PublicSubmission? body, OpenConsultations open, IToolSteps tools, IFeedbackSubscriptions feedback, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        var consultation = await open.FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (consultation?.Steps.FirstOrDefault(s => string.Equals(s.StepId, stepId, StringComparison.Ordinal)) is not { } step)
        {
            return PortalApi.NotOpen(localizer);
        }

        if (body is null)
        {
            return PortalApi.Problem(StatusCodes.Status400BadRequest, PortalCodes.BodyInvalid, localizer["Problem." + PortalCodes.BodyInvalid]);
        }

        NotifyContact? contact = null;
        if (body.Notify is { } notify)
        {
            try
            {
                contact = await feedback.CheckAsync(instanceId, new NotifyRequest(notify.Channel, notify.Contact, notify.Language ?? PortalApi.Language), cancellationToken).ConfigureAwait(false);
            }
            catch (FeedbackException error)
            {
                return FeedbackApi.Refused(localizer, codes, error);
            }
        }

        var submission = new Submission
        {
            Channel = InputChannel.Web,
            Answers = body.Answers,
            Text = body.Text,
            Identifier = body.Identifier,
            Subject = body.Subject,
            Respondent = body.Respondent ?? RespondentAttributes.None,
        };
        var answerIds = step.Kind == PublicToolKind.Survey;
        SubmitResult result;
        try
        {
            result = await tools.SubmitAsync(instanceId, stepId, submission, ToolCaller.Public(PortalApi.Language), cancellationToken).ConfigureAwait(false);
        }
        catch (ToolException error)
        {
            return PortalApi.Refused(localizer, codes, error, answerIds);
        }

        var problems = PortalApi.Describe(localizer, codes, result.Problems, answerIds);
        if (!result.Accepted)
        {
            var errors = PortalProblems.Errors(result.Problems);
            var first = errors.Count > 0 ? errors[0] : result.Problems.Count > 0 ? result.Problems[0] : new ToolProblem(ToolCodes.ToolFault, string.Empty, "refused");
            var status = errors.Count > 0 && errors.All(e => e.Code == ToolCodes.AlreadySubmitted) ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return PortalApi.Problem(status, first.Code, PortalProblems.Message(localizer, codes, first), problems);
        }

        // Stored only now that the tool accepted the submission, and apart from it (no input id).
        var subscription = contact is null ? null : await feedback.SubscribeAsync(instanceId, stepId, contact, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created((string?)null, new SubmissionReceipt(result.Stored, problems) { NotifyToken = subscription?.Token });
    }

    private static async Task<IResult> RegisterAsync(Guid instanceId, string stepId, PublicRegistration? body, OpenConsultations open, HearingSessions hearings, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        var consultation = await open.FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (consultation?.Steps.FirstOrDefault(s => s.Kind == PublicToolKind.Hearing && string.Equals(s.StepId, stepId, StringComparison.Ordinal)) is null)
        {
            return PortalApi.NotOpen(localizer);
        }

        if (body is null)
        {
            return PortalApi.Problem(StatusCodes.Status400BadRequest, PortalCodes.BodyInvalid, localizer["Problem." + PortalCodes.BodyInvalid]);
        }

        try
        {
            var registration = await hearings.RegisterAsync(instanceId, stepId, body.SessionId ?? string.Empty, body.FullName ?? string.Empty, body.Phone, PortalApi.Language, cancellationToken).ConfigureAwait(false);
            return TypedResults.Created((string?)null, registration);
        }
        catch (ToolException error)
        {
            return PortalApi.Refused(localizer, codes, error, answerIds: false);
        }
    }
}

/// <summary>A submission from the public: the answers (question id to value), a free text, the identifier a poll verifies, respondent attributes.</summary>
public sealed record PublicSubmission
{
    public JsonElement? Answers { get; init; }

    public string? Text { get; init; }

    /// <summary>A phone or citizen ID number (a poll's one vote per person); the tool keeps only a keyed hash of it.</summary>
    public string? Identifier { get; init; }

    public string? Subject { get; init; }

    public RespondentAttributes? Respondent { get; init; }

    /// <summary>Optional: tell me the outcome. Kept apart from the submission and deleted once the results are sent.</summary>
    public PublicNotify? Notify { get; init; }
}

/// <summary>How to tell a citizen the outcome: <c>channel</c> <c>email</c> or <c>phone</c>, the address or Vietnamese mobile number, and <c>vi</c> or <c>en</c>.</summary>
public sealed record PublicNotify
{
    public string? Channel { get; init; }

    public string? Contact { get; init; }

    public string? Language { get; init; }
}

/// <summary>The stored input ids (the receipt) and any warnings.</summary>
public sealed record SubmissionReceipt(IReadOnlyList<Guid> InputIds, IReadOnlyList<ApiProblem> Warnings)
{
    /// <summary>When the citizen asked to be told the outcome: the token that withdraws the request (<c>DELETE /api/feedback/subscriptions/{token}</c>).</summary>
    public string? NotifyToken { get; init; }
}

/// <summary>A registration for a hearing session.</summary>
public sealed record PublicRegistration
{
    public string? SessionId { get; init; }

    public string? FullName { get; init; }

    public string? Phone { get; init; }
}

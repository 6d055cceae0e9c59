using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Edges;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Portal.Api;

/// <summary>
/// Asking for a one-time code (verified participation): for a step whose tool needs a verified person, the host
/// sends a code to the number given (by SMS, through the outbox), limited per number and per client. The same
/// for every tool: the tool only declares the check. Then the submission carries the number and the code.
/// </summary>
[ApiEndpointGroup]
internal static class VerificationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/consultations/{instanceId}/steps/{stepId}/verification", RequestAsync)
            .WithTags("Public consultations").AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicSubmission)
            .AddEndpointFilter<PublicCredentialsFilter>()
            .WithName("RequestVerificationCode")
            .WithSummary("Ask for a one-time code that proves a phone number")
            .WithDescription("Sends a 6-digit code by SMS to the number (body: {\"identifier\": \"09…\"}) for a step that needs a verified person; the submission then carries the number and \"verificationCode\". 202 with when the code expires; 422 for a number that is not a Vietnamese mobile (CE8170); 429 for too many codes for the number or the client (CE8166, CE8167); 404 when the step asks no code (CE8169); 503 when no SMS gateway is configured (CE8168). The number is never stored in clear.")
            .Accepts<VerificationRequest>("application/json")
            .Produces<VerificationReceipt>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> RequestAsync(Guid instanceId, string stepId, VerificationRequest? body, HttpContext http, OpenConsultations open, IToolSteps tools, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        if (await open.FindStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is null)
        {
            return await UnservedSteps.AnswerAsync(open, tools, instanceId, stepId, localizer, cancellationToken).ConfigureAwait(false);
        }

        if (body is null)
        {
            return PortalApi.Portal(localizer, PortalCodes.BodyInvalid);
        }

        try
        {
            var started = await tools.RequestVerificationAsync(instanceId, stepId, body.Identifier, ClientPartition.Of(http), ToolCaller.Public(PortalApi.Language), cancellationToken).ConfigureAwait(false);
            return TypedResults.Accepted((string?)null, new VerificationReceipt(started.ExpiresAt));
        }
        catch (ToolException error)
        {
            return PortalApi.Refused(localizer, codes, error, answerIds: true);
        }
    }
}

/// <summary>Ask for a one-time code: the phone number it is sent to (never stored in clear).</summary>
public sealed record VerificationRequest
{
    public string? Identifier { get; init; }
}

/// <summary>A code was sent: until when it may be used.</summary>
public sealed record VerificationReceipt(DateTimeOffset ExpiresAt);

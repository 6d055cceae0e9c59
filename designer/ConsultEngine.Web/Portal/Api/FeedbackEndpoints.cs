using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Portal.Api;

/// <summary>The public side of feedback to citizens: withdrawing a request to be told the outcome by its token (no sign-in, rate limited).</summary>
[ApiEndpointGroup]
internal static class FeedbackEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapDelete("/feedback/subscriptions/{token}", async Task<IResult> (string token, IFeedbackSubscriptions feedback, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken) =>
            {
                try
                {
                    await feedback.UnsubscribeAsync(token, cancellationToken).ConfigureAwait(false);
                    return TypedResults.NoContent();
                }
                catch (FeedbackException error)
                {
                    return FeedbackApi.Refused(localizer, codes, error);
                }
            })
            .WithTags("Public consultations")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicSubmission)
            .WithName("WithdrawFeedbackRequest")
            .WithSummary("Withdraw a request to be told the outcome")
            .WithDescription("Deletes the contact given with a submission, by the token of the submission's receipt. 404 (CE8735) when there is none: withdrawn already, or the results were sent and the contact deleted.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }
}

/// <summary>Refusals about feedback as the public API gives them: the code, the status it means, and the field of <c>notify</c> it is about.</summary>
internal static class FeedbackApi
{
    public static IResult Refused(IStringLocalizer localizer, ICodeText codes, FeedbackException error)
    {
        var message = PortalProblems.Message(localizer, codes, new Abstractions.ToolProblem(error.Code, string.Empty, error.Message));
        var pointer = error.Field is { } field ? "/notify/" + field : "/notify";
        return PortalApi.Problem(error.Code, message, [new ApiProblem(error.Code, pointer, message, "error")]);
    }
}

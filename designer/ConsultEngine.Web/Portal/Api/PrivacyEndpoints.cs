using ConsultEngine.Hosting.Privacy;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Portal.Api;

/// <summary>
/// A person deletes their inputs with the one-time code of their receipt (no sign-in, rate limited like
/// every public post). Any mismatch or a used code is one refusal, CE8242, whatever the reason.
/// </summary>
[ApiEndpointGroup]
internal static class PrivacyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/privacy/deletions", async Task<IResult> (DeletionRequest? body, IPersonalData personalData, CancellationToken cancellationToken) =>
            {
                var answer = await personalData.DeleteAsync(body?.Consultation ?? Guid.Empty, body?.Identifier, body?.Code, cancellationToken).ConfigureAwait(false);
                return TypedResults.Ok(answer);
            })
            .WithTags("Public consultations")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicSubmission)
            .AddEndpointFilter<PublicCredentialsFilter>()
            .WithName("DeleteMyInputs")
            .WithSummary("Delete my inputs with the one-time code of my receipt")
            .WithDescription("The consultation, the identifier the step asked for (phone or citizen id; else the receipt's input id) and the one-time code. 200 with how many inputs were erased and whether the consultation's results were already kept as aggregates (they then stay as kept); 403 CE8242 for a code that does not match or was used; 422 CE8243 when something is missing.")
            .Accepts<DeletionRequest>("application/json")
            .Produces<DeletionAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}

/// <summary>A person's request to delete their inputs: the consultation, their identifier (or receipt) and the one-time code.</summary>
public sealed record DeletionRequest
{
    public Guid? Consultation { get; init; }

    public string? Identifier { get; init; }

    public string? Code { get; init; }
}

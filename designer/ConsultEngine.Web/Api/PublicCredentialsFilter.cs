using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Api;

/// <summary>
/// The public API serves everyone without signing in, but a caller that sends a bearer token means to be
/// someone: a token that does not sign it in (unknown, expired) is refused with 401 and
/// <see cref="WebErrorCodes.CredentialsInvalid"/> rather than silently served as the anonymous public — the
/// same kind, and so the same status, as the staff API's refusal of wrong credentials. A request that sends
/// no token, or only the browser's cookie, is not affected.
/// </summary>
internal sealed class PublicCredentialsFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (AuthenticationSetup.CarriesBearerToken(http.Request) && http.User.Identity?.IsAuthenticated != true)
        {
            return ValueTask.FromResult<object?>(ApiProblems.Problem(WebErrorCodes.CredentialsInvalid));
        }

        // Handed straight on (no state machine of its own): every public request passes here.
        return next(context);
    }
}

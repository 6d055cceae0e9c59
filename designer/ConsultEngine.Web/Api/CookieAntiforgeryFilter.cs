using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace ConsultEngine.Web.Api;

/// <summary>
/// The API accepts the browser's sign-in cookie as well as bearer tokens. A browser attaches the cookie
/// to any request, including one a foreign page makes it send, so a state-changing call (POST, PUT,
/// PATCH, DELETE) signed in by the cookie must also carry the antiforgery token of our pages (header
/// <c>RequestVerificationToken</c>, or the form field); without it the call is refused with 400 and
/// <see cref="WebErrorCodes.AntiforgeryTokenMissing"/> before the endpoint runs. Bearer callers and
/// calls without a cookie sign-in are not affected: nothing ambient signs them in.
/// </summary>
internal sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        // Only a cookie sign-in is checked; anything else (the public, bearer callers) is handed straight on.
        return ChangesState(http.Request.Method) && SignedInByCookie(http) ? CheckedAsync(context, next) : next(context);
    }

    private async ValueTask<object?> CheckedAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await antiforgery.IsRequestValidAsync(context.HttpContext).ConfigureAwait(false)
            ? await next(context).ConfigureAwait(false)
            : ApiProblems.Problem(WebErrorCodes.AntiforgeryTokenMissing);

    private static bool ChangesState(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>Signed in, and not by a bearer token: the default scheme took the cookie.</summary>
    private static bool SignedInByCookie(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && !AuthenticationSetup.CarriesBearerToken(http.Request);
}

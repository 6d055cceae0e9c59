using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace ConsultEngine.Web.Security;

/// <summary>
/// Authentication for the requests that carry something to authenticate. The default scheme reads only the
/// <c>Authorization</c> header (a bearer token) and a cookie (the sign-in cookie), so a request with neither —
/// an API client of the public, the health check — can only come out anonymous; for it the scheme handlers are
/// not built and run (about a sixth of what a public submission allocated). <see cref="HttpContext.User"/> is
/// then the same anonymous principal the handlers would have left, and a later explicit
/// <c>AuthenticateAsync</c> still runs them. No scheme of this host handles requests itself (no remote sign-in
/// callback), which is the only other thing the framework's middleware does.
/// </summary>
internal static class CredentialedAuthentication
{
    /// <summary>
    /// The key <c>UseAuthentication</c> sets in the application's properties; without it <c>WebApplication</c>
    /// adds its own authentication middleware in front of the pipeline, for every request.
    /// </summary>
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    public static IApplicationBuilder UseConsultAuthentication(this IApplicationBuilder app)
    {
        var schemes = app.ApplicationServices.GetRequiredService<IAuthenticationSchemeProvider>();
        app.Properties[AuthenticationMiddlewareSetKey] = true;
        return app.Use(next =>
        {
            var authentication = new AuthenticationMiddleware(next, schemes);
            return context =>
            {
                if (CarriesCredentials(context.Request))
                {
                    return authentication.Invoke(context);
                }

                // What the middleware records for the handlers (a challenge's return address), as it would.
                context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature { OriginalPath = context.Request.Path, OriginalPathBase = context.Request.PathBase });
                return next(context);
            };
        });
    }

    /// <summary>Whether the request sends anything a scheme of the host reads: an <c>Authorization</c> header or any cookie.</summary>
    public static bool CarriesCredentials(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.Authorization) || request.Headers.ContainsKey(HeaderNames.Cookie);
}

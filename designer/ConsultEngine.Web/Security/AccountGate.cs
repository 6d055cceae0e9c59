using ConsultEngine.Web.Api;
using ConsultEngine.Web.Identity.Api;
using Microsoft.AspNetCore.Components.Endpoints;

namespace ConsultEngine.Web.Security;

/// <summary>
/// A gate for a signed-in user who must first do something on an account page (change a one-time
/// password, enrol an authenticator): while the user carries <c>claim</c> = <c>true</c>, pages outside
/// <c>/account</c> redirect to the page that does it, the sign-in API stays open, and every other API
/// call answers 403 with the gate's code.
/// </summary>
internal static class AccountGate
{
    public static IApplicationBuilder UseAccountGate(this IApplicationBuilder app, string claim, string code, Func<string, string> redirectTo) =>
        // Only an account that carries the claim is gated: anyone else (the public first) is handed straight on.
        app.Use((context, next) => context.User.HasClaim(claim, "true") ? GatedAsync(context, next, code, redirectTo) : next(context));

    private static async Task GatedAsync(HttpContext context, RequestDelegate next, string code, Func<string, string> redirectTo)
    {
        var request = context.Request;
        if (ApiProblems.IsApi(request))
        {
            if (request.Path.StartsWithSegments(AuthEndpoints.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            await ApiProblems.Problem(code).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
        if (isPage && !request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(redirectTo(request.Path + request.QueryString));
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}

using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ConsultEngine.Web.Identity.Api;

/// <summary><c>POST /account/logout</c>: the sign-out form of every staff page (antiforgery checked by the form binding).</summary>
internal static class AccountEndpoints
{
    public const string LogoutPath = "/account/logout";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(LogoutPath, async (HttpContext http, SignInManager<ConsultUser> signIn, [FromForm] string? returnUrl) =>
        {
            await SignOut.EverywhereAsync(http, signIn).ConfigureAwait(false);
            return TypedResults.LocalRedirect(LocalUrl.OrDefault(returnUrl, "/"));
        }).ExcludeFromDescription();
        return app;
    }
}

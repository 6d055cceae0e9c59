using ConsultEngine.Web.Api;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Identity.Api;
using Microsoft.AspNetCore.Components.Endpoints;

namespace ConsultEngine.Web.Security;

/// <summary>
/// A user signed in with a one-time password reaches nothing but the change-password page (pages are
/// redirected to it) and the sign-in API (other API calls answer 403 <see cref="WebErrorCodes.PasswordChangeRequired"/>).
/// </summary>
internal static class PasswordChangeGate
{
    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.User.HasClaim(ConsultClaimsFactory.MustChangePassword, "true"))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var request = context.Request;
            if (ApiProblems.IsApi(request))
            {
                if (request.Path.StartsWithSegments(AuthEndpoints.Prefix, StringComparison.OrdinalIgnoreCase))
                {
                    await next(context).ConfigureAwait(false);
                    return;
                }

                await ApiProblems.Problem(WebErrorCodes.PasswordChangeRequired).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            if (isPage && !request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect($"{AuthenticationSetup.ChangePasswordPath}?returnUrl={Uri.EscapeDataString(request.Path + request.QueryString)}");
                return;
            }

            await next(context).ConfigureAwait(false);
        });
}

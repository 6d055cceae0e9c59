using ConsultEngine.Web.Api;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Identity.Api;
using Microsoft.AspNetCore.Components.Endpoints;

namespace ConsultEngine.Web.Security;

/// <summary>
/// A user whose role requires two-factor sign-in and who has not enrolled an authenticator yet
/// (<see cref="TwoFactorRule.EnrolmentRequiredClaim"/>) reaches nothing but the account pages (pages are
/// redirected to the enrolment page) and the sign-in API (other API calls answer 403 <see cref="TwoFactorCodes.EnrolmentRequired"/>).
/// There is no setting that turns this off.
/// </summary>
internal static class TwoFactorGate
{
    public const string EnrolPath = "/account/two-factor";

    public static IApplicationBuilder UseTwoFactorGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.User.HasClaim(TwoFactorRule.EnrolmentRequiredClaim, "true"))
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

                await ApiProblems.Problem(TwoFactorCodes.EnrolmentRequired).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            if (isPage && !request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(EnrolUrl(request.Path + request.QueryString));
                return;
            }

            await next(context).ConfigureAwait(false);
        });

    /// <summary>The enrolment page, coming back to <paramref name="returnUrl"/> once done.</summary>
    public static string EnrolUrl(string returnUrl) => $"{EnrolPath}?returnUrl={Uri.EscapeDataString(returnUrl)}";
}

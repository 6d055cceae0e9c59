using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Identity.Api;

/// <summary>
/// <c>POST /api/users/{userName}/reset-2fa</c>: an administrator resets a user's two-factor sign-in (a lost
/// phone); the user's open sign-ins end within the re-check interval (CE9992 no such user, or one of another
/// province for a province's administrator).
/// </summary>
[ApiEndpointGroup]
internal static class TwoFactorResetEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/users/{userName}/reset-2fa", async (string userName, TwoFactorReset reset, HttpContext http) =>
            {
                await reset.ResetAsync(userName, http.User.Identity?.Name, Tenancy.StaffProvince.Of(http.User)).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("ResetUserTwoFactor")
            .WithTags("Users")
            .WithSummary("Turns the user's two-factor sign-in off and replaces the authenticator key; a role that requires it enrols again at the next sign-in.")
            .RequireAuthorization(Policies.ManageUsers)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

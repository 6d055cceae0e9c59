using ConsultEngine.Web.Api;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Identity.Api;

/// <summary>
/// Administrators disable and enable accounts and take roles away: <c>POST /api/users/{userName}/disable</c>,
/// <c>…/enable</c>, <c>DELETE /api/users/{userName}/roles/{role}</c>. The user's sign-ins stop carrying the
/// old rights within the re-check interval (CE9992 no such user, CE9993 no such role, CE9994 not yourself).
/// </summary>
[ApiEndpointGroup]
internal static class AccountControlEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var user = api.MapGroup("/users/{userName}").WithTags("Users").RequireAuthorization(Policies.ManageUsers);

        user.MapPost("/disable", async (string userName, AccountControl accounts, HttpContext http) =>
            {
                await accounts.DisableAsync(userName, http.User.Identity?.Name).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("DisableUser")
            .WithSummary("Disables the account: it cannot sign in any more, and its open sign-ins end within a minute.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        user.MapPost("/enable", async (string userName, AccountControl accounts) =>
            {
                await accounts.EnableAsync(userName).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("EnableUser")
            .WithSummary("Enables a disabled account again (and lifts a lockout after failed sign-ins).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        user.MapDelete("/roles/{role}", async (string userName, string role, AccountControl accounts, HttpContext http) =>
            {
                await accounts.RemoveRoleAsync(userName, role, http.User.Identity?.Name).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("RemoveUserRole")
            .WithSummary("Takes a role away from the user; the user's open sign-ins lose it within a minute.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}

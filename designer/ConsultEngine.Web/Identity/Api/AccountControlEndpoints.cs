using ConsultEngine.Web.Api;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tenancy;

namespace ConsultEngine.Web.Identity.Api;

/// <summary>
/// Administrators disable and enable accounts, give and take roles away: <c>POST /api/users/{userName}/disable</c>,
/// <c>…/enable</c>, <c>PUT</c> and <c>DELETE /api/users/{userName}/roles/{role}</c>. The user's sign-ins carry
/// the new rights within the re-check interval (CE9992 no such user, CE9993 no such role, CE9994 not yourself).
/// A province's administrator reaches only its own province's accounts: another's answers as no such user.
/// </summary>
[ApiEndpointGroup]
internal static class AccountControlEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var user = api.MapGroup("/users/{userName}").WithTags("Users").RequireAuthorization(Policies.ManageUsers);

        user.MapPost("/disable", async (string userName, AccountControl accounts, HttpContext http) =>
            {
                await accounts.DisableAsync(userName, http.User.Identity?.Name, StaffProvince.Of(http.User)).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("DisableUser")
            .WithSummary("Disables the account: it cannot sign in any more, and its open sign-ins end within a minute.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        user.MapPost("/enable", async (string userName, AccountControl accounts, HttpContext http) =>
            {
                await accounts.EnableAsync(userName, StaffProvince.Of(http.User)).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("EnableUser")
            .WithSummary("Enables a disabled account again (and lifts a lockout after failed sign-ins).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        user.MapPut("/roles/{role}", async (string userName, string role, AccountControl accounts, HttpContext http) =>
            {
                await accounts.AddRoleAsync(userName, role, StaffProvince.Of(http.User)).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("AddUserRole")
            .WithSummary("Gives the user a role; the user's open sign-ins carry it within a minute.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        user.MapDelete("/roles/{role}", async (string userName, string role, AccountControl accounts, HttpContext http) =>
            {
                await accounts.RemoveRoleAsync(userName, role, http.User.Identity?.Name, StaffProvince.Of(http.User)).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("RemoveUserRole")
            .WithSummary("Takes a role away from the user; the user's open sign-ins lose it within a minute.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        user.MapPut("/province", async (string userName, ProvinceRequest request, StaffProvinces provinces, HttpContext http) =>
            {
                await provinces.SetAsync(userName, request.Province, StaffProvince.Of(http.User)).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("SetUserProvince")
            .WithSummary("Moves the account to a province (its code) or to the national level (empty or \"national\"); only a national administrator moves one out of a province.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    internal sealed record ProvinceRequest(string? Province);
}

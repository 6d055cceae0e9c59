using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.Identity.Api;

/// <summary>
/// <c>GET /api/users</c>: the staff accounts and their roles; <c>POST /api/users</c>: a new account
/// (administrators only). A province's administrator lists and creates its own province's accounts only.
/// </summary>
[ApiEndpointGroup]
internal static class UsersEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/users", ListAsync)
            .WithName("ListUsers")
            .WithTags("Users")
            .RequireAuthorization(Policies.ManageUsers);

        api.MapPost("/users", CreateAsync)
            .WithName("CreateUser")
            .WithTags("Users")
            .WithSummary("Adds an account with a generated password, shown once in the answer and to be changed at the first sign-in. A province's administrator's accounts are of its province.")
            .RequireAuthorization(Policies.ManageUsers)
            .Produces<CreatedUser>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> ListAsync(UserManager<ConsultUser> users, HttpContext http, CancellationToken cancellationToken)
    {
        var all = await ProvinceAccounts.Managed(users.Users, StaffProvince.Of(http.User)).OrderBy(u => u.UserName).ToListAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
            list.Add(new UserSummary(user.UserName ?? "", [.. roles.Order(StringComparer.Ordinal)], user.Organisation, user.MustChangePassword, AccountControl.IsDisabled(user), TwoFactorReset.IsOn(user)) { Province = user.Province });
        }

        return TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateAsync(CreateUserRequest request, UserAdministration administration, HttpContext http)
    {
        var (added, province) = await administration.CreateAsync(request.UserName, request.Roles ?? [], request.Organisation, request.Province, StaffProvince.Of(http.User)).ConfigureAwait(false);
        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(added.UserName)}", new CreatedUser(added.UserName, added.Password, province));
    }

    internal sealed record UserSummary(string UserName, IReadOnlyList<string> Roles, string? Organisation, bool MustChangePassword, bool Disabled, bool TwoFactorEnabled)
    {
        /// <summary>The province the user works for (official code), or null for the national level.</summary>
        public string? Province { get; init; }
    }

    /// <summary>A new account: <see cref="Province"/> a code, or empty / <c>national</c> (a province's administrator: its own, when empty).</summary>
    internal sealed record CreateUserRequest(string? UserName, IReadOnlyList<string>? Roles, string? Organisation, string? Province);

    /// <summary>The account made, with its one-time password (never shown again).</summary>
    internal sealed record CreatedUser(string UserName, string Password, string? Province);
}

using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.Identity.Api;

/// <summary><c>GET /api/users</c>: the staff accounts and their roles (administrators only).</summary>
[ApiEndpointGroup]
internal static class UsersEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/users", ListAsync)
            .WithName("ListUsers")
            .WithTags("Users")
            .RequireAuthorization(Policies.ManageUsers);
    }

    private static async Task<IResult> ListAsync(UserManager<ConsultUser> users, CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
            list.Add(new UserSummary(user.UserName ?? "", [.. roles.Order(StringComparer.Ordinal)], user.Organisation, user.MustChangePassword, AccountControl.IsDisabled(user), TwoFactorReset.IsOn(user)) { Province = user.Province });
        }

        return TypedResults.Ok(list);
    }

    internal sealed record UserSummary(string UserName, IReadOnlyList<string> Roles, string? Organisation, bool MustChangePassword, bool Disabled, bool TwoFactorEnabled)
    {
        /// <summary>The province the user works for (official code), or null for the national level.</summary>
        public string? Province { get; init; }
    }
}

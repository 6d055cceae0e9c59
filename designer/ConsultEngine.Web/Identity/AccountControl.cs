using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// Disables and enables accounts and removes roles, for the API, the console and the <c>users</c>
/// command alike. Each change renews the user's security stamp, so the user's bearer tokens, cookies and
/// open pages stop carrying the old rights within the re-check interval (<see cref="Security.SessionRevocation"/>).
/// A disabled account is locked out for good: it cannot sign in, and its sign-in failure reads like any other.
/// Each method takes the acting administrator's province (<see langword="null"/>: national, the shell): a
/// province's administrator reaches only its own province's accounts (<see cref="Tenancy.ProvinceAccounts"/>).
/// </summary>
internal sealed class AccountControl(UserManager<ConsultUser> users)
{
    public async Task DisableAsync(string userName, string? actor, string? administratorProvince)
    {
        var user = await FindAsync(userName, administratorProvince).ConfigureAwait(false);
        RefuseSelf(user, actor, "disable your own account");
        UserAdministrationException.ThrowIfFailed(await users.SetLockoutEnabledAsync(user, true).ConfigureAwait(false));
        UserAdministrationException.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue).ConfigureAwait(false));
        UserAdministrationException.ThrowIfFailed(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    public async Task EnableAsync(string userName, string? administratorProvince)
    {
        var user = await FindAsync(userName, administratorProvince).ConfigureAwait(false);
        UserAdministrationException.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false));
        UserAdministrationException.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false));
    }

    public async Task RemoveRoleAsync(string userName, string role, string? actor, string? administratorProvince)
    {
        var user = await FindAsync(userName, administratorProvince).ConfigureAwait(false);
        if (!Security.Roles.All.Contains(role, StringComparer.Ordinal) || !await users.IsInRoleAsync(user, role).ConfigureAwait(false))
        {
            throw new AccessException(AccessCodes.UnknownRole, $"The user '{userName}' does not have the role '{role}'.");
        }

        if (role == Security.Roles.Administrator)
        {
            RefuseSelf(user, actor, "remove your own administrator role");
        }

        UserAdministrationException.ThrowIfFailed(await users.RemoveFromRoleAsync(user, role).ConfigureAwait(false));
        // Identity leaves the stamp as it was when a role goes: without a new one, signed-in clients would keep the role.
        UserAdministrationException.ThrowIfFailed(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    /// <summary>
    /// Gives the user a role (CE9993 for a role the product does not have); the user's next sign-in, and
    /// open ones within the re-check interval, carry it. Within the administrator's province only.
    /// </summary>
    public async Task AddRoleAsync(string userName, string role, string? administratorProvince)
    {
        var user = await FindAsync(userName, administratorProvince).ConfigureAwait(false);
        if (!Security.Roles.All.Contains(role, StringComparer.Ordinal))
        {
            throw new AccessException(AccessCodes.UnknownRole, $"'{role}' is not one of the roles: {string.Join(", ", Security.Roles.All)}.");
        }

        if (await users.IsInRoleAsync(user, role).ConfigureAwait(false))
        {
            return;
        }

        UserAdministrationException.ThrowIfFailed(await users.AddToRoleAsync(user, role).ConfigureAwait(false));
        UserAdministrationException.ThrowIfFailed(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    /// <summary>Every account the administrator manages (all of them for a national one) with its roles, by user name.</summary>
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(string? administratorProvince)
    {
        var all = Tenancy.ProvinceAccounts.Managed(users.Users, administratorProvince).OrderBy(u => u.UserName).ToList();
        var list = new List<AccountSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
            list.Add(new AccountSummary(user.UserName ?? "", [.. roles.Order(StringComparer.Ordinal)], user.Organisation, IsDisabled(user), TwoFactorReset.IsOn(user)));
        }

        return list;
    }

    /// <summary>Whether the account is disabled (locked out with no end, not merely after failed sign-ins).</summary>
    public static bool IsDisabled(ConsultUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    private Task<ConsultUser> FindAsync(string userName, string? administratorProvince) =>
        Tenancy.ProvinceAccounts.FindAsync(users, userName, administratorProvince);

    private static void RefuseSelf(ConsultUser user, string? actor, string what)
    {
        if (string.Equals(user.UserName, actor, StringComparison.Ordinal))
        {
            throw new AccessException(AccessCodes.CannotLockOutSelf, $"You cannot {what}.");
        }
    }
}

/// <summary>An account as the console's users page lists it (<see cref="TwoFactor"/>: signs in with an authenticator).</summary>
internal sealed record AccountSummary(string UserName, IReadOnlyList<string> Roles, string? Organisation, bool Disabled, bool TwoFactor);

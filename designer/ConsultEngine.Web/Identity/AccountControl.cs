using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// Disables and enables accounts and removes roles, for the API, the console and the <c>users</c>
/// command alike. Each change renews the user's security stamp, so the user's bearer tokens, cookies and
/// open pages stop carrying the old rights within the re-check interval (<see cref="Security.SessionRevocation"/>).
/// A disabled account is locked out for good: it cannot sign in, and its sign-in failure reads like any other.
/// </summary>
internal sealed class AccountControl(UserManager<ConsultUser> users)
{
    public async Task DisableAsync(string userName, string? actor)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        RefuseSelf(user, actor, "disable your own account");
        Check(await users.SetLockoutEnabledAsync(user, true).ConfigureAwait(false));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue).ConfigureAwait(false));
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    public async Task EnableAsync(string userName)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        Check(await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false));
        Check(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false));
    }

    public async Task RemoveRoleAsync(string userName, string role, string? actor)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        if (!Security.Roles.All.Contains(role, StringComparer.Ordinal) || !await users.IsInRoleAsync(user, role).ConfigureAwait(false))
        {
            throw new AccessException(AccessCodes.UnknownRole, $"The user '{userName}' does not have the role '{role}'.");
        }

        if (role == Security.Roles.Administrator)
        {
            RefuseSelf(user, actor, "remove your own administrator role");
        }

        Check(await users.RemoveFromRoleAsync(user, role).ConfigureAwait(false));
        // Identity leaves the stamp as it was when a role goes: without a new one, signed-in clients would keep the role.
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    /// <summary>Every account with its roles, by user name.</summary>
    public async Task<IReadOnlyList<AccountSummary>> ListAsync()
    {
        var all = users.Users.OrderBy(u => u.UserName).ToList();
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

    private async Task<ConsultUser> FindAsync(string userName) =>
        await users.FindByNameAsync(userName).ConfigureAwait(false)
        ?? throw new AccessException(AccessCodes.UserNotFound, $"There is no user '{userName}'.");

    private static void RefuseSelf(ConsultUser user, string? actor, string what)
    {
        if (string.Equals(user.UserName, actor, StringComparison.Ordinal))
        {
            throw new AccessException(AccessCodes.CannotLockOutSelf, $"You cannot {what}.");
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new UserAdministrationException(string.Join(" ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));
        }
    }
}

/// <summary>An account as the console's users page lists it (<see cref="TwoFactor"/>: signs in with an authenticator).</summary>
internal sealed record AccountSummary(string UserName, IReadOnlyList<string> Roles, string? Organisation, bool Disabled, bool TwoFactor);

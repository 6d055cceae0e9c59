using ConsultEngine.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Tenancy;

/// <summary>
/// Which accounts an administrator manages, by province: a national administrator (<see langword="null"/>)
/// every account, a province's administrator only its own province's. Another province's account, and a
/// national one, answer to a province's administrator exactly as an account that does not exist (CE9992),
/// as another province's consultation does; an account may not be made national or another province's
/// by it (CE8402), so a province's administrator can neither create nor raise anyone beyond its province.
/// </summary>
internal static class ProvinceAccounts
{
    public static bool Manages(string? administrator, string? account) =>
        administrator is null || string.Equals(administrator, account, StringComparison.Ordinal);

    /// <summary>The accounts <paramref name="administrator"/> manages.</summary>
    public static IQueryable<ConsultUser> Managed(IQueryable<ConsultUser> users, string? administrator) =>
        administrator is null ? users : users.Where(u => u.Province == administrator);

    /// <summary>The account named, if <paramref name="administrator"/> manages it; otherwise "no such user" (CE9992).</summary>
    public static async Task<ConsultUser> FindAsync(UserManager<ConsultUser> users, string userName, string? administrator)
    {
        ArgumentNullException.ThrowIfNull(users);
        var user = await users.FindByNameAsync(userName).ConfigureAwait(false);
        return user is not null && Manages(administrator, user.Province)
            ? user
            : throw new AccessException(AccessCodes.UserNotFound, $"There is no user '{userName}'.");
    }

    /// <summary>
    /// The province an account is given by <paramref name="administrator"/>: what was asked (a code, or empty /
    /// <c>national</c>) for a national administrator; a province's administrator's own province when nothing
    /// was asked, and no other (CE8402, CE8401 for a code that is no province).
    /// </summary>
    public static string? Assign(string? administrator, string? asked)
    {
        if (administrator is not null && string.IsNullOrWhiteSpace(asked))
        {
            return administrator;
        }

        if (!StaffProvince.TryParse(asked, out var code))
        {
            throw new StaffConsole.ConsoleException(TenancyCodes.UnknownProvince, $"'{asked}' is not a province code.", "/province");
        }

        return Manages(administrator, code)
            ? code
            : throw new StaffConsole.ConsoleException(TenancyCodes.AccountOutsideProvince, "A province's administrator keeps accounts in its own province only.", "/province");
    }
}

using ConsultEngine.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Tenancy;

/// <summary>
/// Sets which province a staff account works for (the users page). The user's security stamp is renewed,
/// so sign-ins made under the old province stop within the re-check interval and the next sign-in carries
/// the new claim (<see cref="StaffProvince.ClaimType"/>).
/// </summary>
internal sealed class StaffProvinces(UserManager<ConsultUser> users)
{
    /// <summary>
    /// Moves <paramref name="userName"/> to <paramref name="province"/> (a code, or empty / <c>national</c>). A
    /// province's administrator (<paramref name="administratorProvince"/>) reaches only its own province's
    /// accounts and moves none out of it (<see cref="ProvinceAccounts"/>); <see langword="null"/> is national.
    /// </summary>
    public async Task SetAsync(string userName, string? province, string? administratorProvince)
    {
        if (!StaffProvince.TryParse(province, out var code))
        {
            throw new StaffConsole.ConsoleException(TenancyCodes.UnknownProvince, $"'{province}' is not a province code.", "/province");
        }

        var user = await ProvinceAccounts.FindAsync(users, userName, administratorProvince).ConfigureAwait(false);
        code = ProvinceAccounts.Assign(administratorProvince, code ?? StaffProvince.NationalWord);
        if (string.Equals(user.Province, code, StringComparison.Ordinal))
        {
            return;
        }

        user.Province = code;
        UserAdministrationException.ThrowIfFailed(await users.UpdateAsync(user).ConfigureAwait(false));
        UserAdministrationException.ThrowIfFailed(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    /// <summary>Each account's province (absent: national), by user name, of the accounts the administrator manages.</summary>
    public IReadOnlyDictionary<string, string?> All(string? administratorProvince) =>
        ProvinceAccounts.Managed(users.Users, administratorProvince).Where(u => u.UserName != null).ToDictionary(u => u.UserName!, u => u.Province, StringComparer.Ordinal);
}

using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// Who must sign in with two factors: administrators and the Standing Committee, whose rights reach
/// every consultation and every account. Other staff may enrol an authenticator of their own accord.
/// A user of these roles who has not enrolled yet is signed in with <see cref="EnrolmentRequiredClaim"/>
/// and reaches nothing but the enrolment page (<see cref="Security.TwoFactorGate"/>); no bearer token is issued to them.
/// </summary>
public static class TwoFactorRule
{
    /// <summary>The claim of a sign-in that must enrol an authenticator before anything else.</summary>
    public const string EnrolmentRequiredClaim = "ce:two_factor_enrolment_required";

    /// <summary>The roles that require two-factor sign-in.</summary>
    public static IReadOnlyList<string> Roles { get; } = [Security.Roles.Administrator, Security.Roles.StandingCommittee];

    /// <summary>Whether any of <paramref name="roles"/> requires two-factor sign-in.</summary>
    public static bool AppliesTo(IEnumerable<string> roles) => roles.Any(r => Roles.Contains(r, StringComparer.Ordinal));

    /// <summary>Whether the user holds a role that requires two factors and has not enrolled an authenticator yet.</summary>
    internal static async Task<bool> MustEnrolAsync(UserManager<ConsultUser> users, ConsultUser user) =>
        !await users.GetTwoFactorEnabledAsync(user).ConfigureAwait(false)
        && AppliesTo(await users.GetRolesAsync(user).ConfigureAwait(false));
}

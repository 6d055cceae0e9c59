using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// Where a browser goes once signed in: the page asked for, unless a one-time password must be changed
/// first or the user's role requires an authenticator not yet enrolled (the gates would send it there anyway).
/// </summary>
internal static class SignInTarget
{
    public const string TwoFactorLoginPath = "/account/login-2fa";

    public static async Task<string> AfterAsync(UserManager<ConsultUser> users, ConsultUser? user, string? returnUrl)
    {
        var target = LocalUrl.OrDefault(returnUrl, "/console");
        if (user?.MustChangePassword == true)
        {
            return $"{AuthenticationSetup.ChangePasswordPath}?returnUrl={Uri.EscapeDataString(target)}";
        }

        return user is not null && await TwoFactorRule.MustEnrolAsync(users, user).ConfigureAwait(false)
            ? TwoFactorGate.EnrolUrl(target)
            : target;
    }

    /// <summary>The second step of the sign-in form: the authenticator's code (or a recovery code).</summary>
    public static string TwoFactorLogin(string? returnUrl) =>
        $"{TwoFactorLoginPath}?returnUrl={Uri.EscapeDataString(LocalUrl.OrDefault(returnUrl, "/console"))}";
}

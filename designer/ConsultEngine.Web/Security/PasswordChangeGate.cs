using ConsultEngine.Web.Api;
using ConsultEngine.Web.Identity;

namespace ConsultEngine.Web.Security;

/// <summary>
/// A user signed in with a one-time password reaches nothing but the change-password page (pages are
/// redirected to it) and the sign-in API (other API calls answer 403 <see cref="WebErrorCodes.PasswordChangeRequired"/>).
/// </summary>
internal static class PasswordChangeGate
{
    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.UseAccountGate(ConsultClaimsFactory.MustChangePassword, WebErrorCodes.PasswordChangeRequired,
            returnUrl => $"{AuthenticationSetup.ChangePasswordPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
}

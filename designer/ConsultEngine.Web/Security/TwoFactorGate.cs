using ConsultEngine.Web.Identity;

namespace ConsultEngine.Web.Security;

/// <summary>
/// A user whose role requires two-factor sign-in and who has not enrolled an authenticator yet
/// (<see cref="TwoFactorRule.EnrolmentRequiredClaim"/>) reaches nothing but the account pages (pages are
/// redirected to the enrolment page) and the sign-in API (other API calls answer 403 <see cref="TwoFactorCodes.EnrolmentRequired"/>).
/// There is no setting that turns this off.
/// </summary>
internal static class TwoFactorGate
{
    public const string EnrolPath = "/account/two-factor";

    public static IApplicationBuilder UseTwoFactorGate(this IApplicationBuilder app) =>
        app.UseAccountGate(TwoFactorRule.EnrolmentRequiredClaim, TwoFactorCodes.EnrolmentRequired, EnrolUrl);

    /// <summary>The enrolment page, coming back to <paramref name="returnUrl"/> once done.</summary>
    public static string EnrolUrl(string returnUrl) => $"{EnrolPath}?returnUrl={Uri.EscapeDataString(returnUrl)}";
}

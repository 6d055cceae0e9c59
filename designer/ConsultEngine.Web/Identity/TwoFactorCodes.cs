namespace ConsultEngine.Web.Identity;

/// <summary>
/// The codes of two-factor sign-in (CE8180–CE8189): administrators and the Standing Committee sign in
/// with a code from an authenticator app besides their password (<see cref="TwoFactorRule"/>).
/// </summary>
public static class TwoFactorCodes
{
    /// <summary>
    /// The user's role requires two-factor sign-in and the user has not set up an authenticator yet (403):
    /// no bearer token is issued, and a signed-in browser reaches nothing but the enrolment page.
    /// </summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string EnrolmentRequired = "CE8180";

    /// <summary>The password was right but the user signs in with two factors: the request carries no code (401).</summary>
    [FailsAs(FailureKind.Unauthenticated)]
    public const string CodeRequired = "CE8181";

    /// <summary>The code confirming an authenticator's enrolment is wrong (422): two-factor sign-in stays off.</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string EnrolmentCodeInvalid = "CE8182";
}

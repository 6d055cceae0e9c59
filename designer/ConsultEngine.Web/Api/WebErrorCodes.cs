namespace ConsultEngine.Web.Api;

/// <summary>
/// The web host's error codes, carried by every problem details answer (<c>code</c>). The web product
/// owns CE99xx: CE9900–CE9929 the foundation (sign-in, access, limits); the areas built on it take
/// the next blocks of ten (designer, console, portal, API); CE9980–CE9984 the credentials of any endpoint.
/// </summary>
public static class WebErrorCodes
{
    /// <summary>The request needs a signed-in user (401).</summary>
    [FailsAs(FailureKind.Unauthenticated)]
    public const string NotSignedIn = "CE9901";

    /// <summary>The signed-in user's roles do not allow it (403).</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string Forbidden = "CE9902";

    /// <summary>The user must change the one-time password before anything else (403).</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string PasswordChangeRequired = "CE9903";

    /// <summary>Wrong user name or password, or the account is locked out (401).</summary>
    [FailsAs(FailureKind.Unauthenticated)]
    public const string SignInFailed = "CE9904";

    /// <summary>Too many requests from this address; try again later (429).</summary>
    [FailsAs(FailureKind.TooMany)]
    public const string RateLimited = "CE9905";

    /// <summary>No such resource or route (404).</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string NotFound = "CE9906";

    /// <summary>The method is not allowed on this route (405).</summary>
    [FailsAs(FailureKind.MethodNotAllowed)]
    public const string MethodNotAllowed = "CE9907";

    /// <summary>The new password does not meet the rules, or the current one is wrong (422).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string PasswordRejected = "CE9908";

    /// <summary>An unexpected failure of the host (500).</summary>
    public const string Unexpected = "CE9909";

    /// <summary>
    /// A state-changing API call signed in by the browser's cookie came without a valid antiforgery
    /// token (header <c>RequestVerificationToken</c>) (400). Bearer-token callers never need one.
    /// </summary>
    [FailsAs(FailureKind.Malformed)]
    public const string AntiforgeryTokenMissing = "CE9910";

    /// <summary>
    /// Credentials were presented to the public API and are not valid (an unknown or expired bearer token)
    /// (401): the caller learns it is not who it thinks, rather than being served as the anonymous public.
    /// </summary>
    [FailsAs(FailureKind.Unauthenticated)]
    public const string CredentialsInvalid = "CE9980";

    // Edge limits of the public routes (CE9985–CE9989), set in ConsultWeb:PublicLimits.

    /// <summary>The body of a request is larger than its route accepts (413): 64 KB on the public routes, 30 MB on the staff API by default.</summary>
    [FailsAs(FailureKind.TooLarge)]
    public const string PublicBodyTooLarge = "CE9985";

    /// <summary>A text of a public submission (free text, an answer, a field) is longer than allowed (422, its JSON Pointer).</summary>
    public const string PublicTextTooLong = "CE9986";

    /// <summary>A respondent attribute or the identifier of a public submission is longer than allowed (422, its JSON Pointer).</summary>
    public const string RespondentAttributeTooLong = "CE9987";

    /// <summary>A public submission carries more answers (or more values in one answer) than allowed (422, its JSON Pointer).</summary>
    public const string TooManyAnswers = "CE9988";

    /// <summary>Warning: more problems were found than are listed; the list stops here.</summary>
    public const string ProblemsTruncated = "CE9989";

    /// <summary>The name of the problem details extension carrying the code.</summary>
    public const string Extension = "code";
}

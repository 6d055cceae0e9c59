namespace ConsultEngine.Hosting.Verification;

/// <summary>
/// Codes of person verification (CE8160–CE8179): asking for a one-time code, proving a submission with
/// it, and delivering it. Refusals of a submission point at the body's code or identifier. Stable: never reused.
/// </summary>
public static class VerificationCodes
{
    /// <summary>The step needs a verified person and the submission carries no code.</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string CodeMissing = "CE8160";

    /// <summary>The code is not the one sent (the attempt is counted).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string CodeWrong = "CE8161";

    /// <summary>The code has expired: ask for a new one.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string CodeExpired = "CE8162";

    /// <summary>The code was used already: ask for a new one.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string CodeUsed = "CE8163";

    /// <summary>Too many wrong codes: this code is locked, ask for a new one.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string CodeLocked = "CE8164";

    /// <summary>No code was asked for this number (or it was asked in another step).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string NoCodeRequested = "CE8165";

    /// <summary>Too many codes for this number within the hour.</summary>
    [FailsAs(FailureKind.TooMany)]
    public const string TooManyForNumber = "CE8166";

    /// <summary>Too many codes asked from this client within the hour.</summary>
    [FailsAs(FailureKind.TooMany)]
    public const string TooManyForClient = "CE8167";

    /// <summary>No SMS gateway is configured, so no code can be sent.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string NoSmsGateway = "CE8168";

    /// <summary>The step verifies nobody by a code (nothing to send).</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string NotAsked = "CE8169";

    /// <summary>The identifier is missing or not of the kind the step verifies (a Vietnamese mobile number).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string IdentifierInvalid = "CE8170";

    /// <summary>No verifier is installed for the way the step confirms a person (such as the national e-ID).</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string MethodUnavailable = "CE8171";

    /// <summary>A code message in the outbox cannot be opened (another installation key; permanent).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string SealBroken = "CE8172";
}

namespace ConsultEngine.Persistence.Feedback;

/// <summary>
/// Codes of feedback to the people who asked to be told the outcome of a consultation (CE873x).
/// Stable: never reused.
/// </summary>
public static class FeedbackCodes
{
    /// <summary>The request to be told the outcome is malformed: the channel is neither <c>email</c> nor <c>phone</c>.</summary>
    public const string ChannelInvalid = "CE8730";

    /// <summary>The email address is missing or not an email address.</summary>
    public const string EmailInvalid = "CE8731";

    /// <summary>The phone number is missing or not a Vietnamese mobile number (10 digits starting with 0, or +84).</summary>
    public const string PhoneInvalid = "CE8732";

    /// <summary>The language of the message is neither <c>vi</c> nor <c>en</c>.</summary>
    public const string LanguageInvalid = "CE8733";

    /// <summary>Feedback to voters cannot finish while the explanation register is not complete (every opinion dispositioned, or the sample of the sampling rule).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string RegisterIncomplete = "CE8734";

    /// <summary>No request to be told the outcome has that token (already used, or the feedback was sent and the contact deleted).</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string SubscriptionNotFound = "CE8735";

    /// <summary>The consultation does not tell participants its outcome (its definition has no step that notifies subscribers): no contact is taken.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string NotOffered = "CE8736";
}

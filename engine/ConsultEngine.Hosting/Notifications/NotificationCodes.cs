namespace ConsultEngine.Hosting.Notifications;

/// <summary>
/// Codes of notifications delivered through the outbox's real senders: email (CE8070–CE8079) and text
/// messages through the SMS/Zalo gateway (CE8080–CE8089). A permanent
/// one dead-letters its message at once; a transient one is retried with backoff. Stable: never reused.
/// </summary>
public static class NotificationCodes
{
    /// <summary>The message's payload cannot be read as the notification its kind says (permanent).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string PayloadUnreadable = "CE8070";

    /// <summary>A recipient's address is not an email address (permanent).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string AddressInvalid = "CE8071";

    /// <summary>The mail server refused the message or its recipient for good (an SMTP 5xx answer; permanent).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string MailRejected = "CE8072";

    /// <summary>The mail server could not be reached or answered "try later" (transient: retried with backoff).</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string MailUnavailable = "CE8073";

    /// <summary>A text message's recipient is not a Vietnamese mobile number (<c>0</c> and nine digits; permanent).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string SmsNumberInvalid = "CE8080";

    /// <summary>The SMS/Zalo gateway refused the message for good (an HTTP 4xx answer other than 408 and 429; permanent).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string SmsRejected = "CE8081";

    /// <summary>The SMS/Zalo gateway could not be reached, timed out or answered "try later" after the quick retries (transient: retried with backoff).</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string SmsUnavailable = "CE8082";

    /// <summary>A text message was to be sent but no gateway is configured (<c>ConsultEngine:Notifications:Sms:BaseUrl</c>; permanent until configured and retried).</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string SmsNotConfigured = "CE8083";
}

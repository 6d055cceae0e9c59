namespace ConsultEngine.Hosting.Notifications;

/// <summary>
/// Codes of notifications delivered through the outbox's real senders (CE8070–CE8079). A permanent
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
}

namespace ConsultEngine.Runtime.Reliability;

/// <summary>
/// Codes of the engine's reliability (CE8050–CE8069): outbox deliveries that failed, timers whose
/// firing failed, the ingestion writer refusing work it cannot take. Stable: never reused.
/// </summary>
public static class ReliabilityCodes
{
    /// <summary>A sender failed to deliver an outbox message; it is tried again later (transient).</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string SendFailed = "CE8050";

    /// <summary>A sender took longer than the send timeout; the message is tried again later.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string SendTimedOut = "CE8051";

    /// <summary>The message can never be sent as it is (no valid recipient, an unreadable payload, refused for good): it is dead-lettered at once.</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string MessageRejected = "CE8052";

    /// <summary>No outbox message has that id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string MessageNotFound = "CE8053";

    /// <summary>Only a dead-lettered message can be retried by hand; this one is still queued or already sent.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string MessageNotDead = "CE8054";

    /// <summary>A due timer could not be fired (its definition is missing, its step is gone, the firing threw): recorded as an incident, the timer is dropped and the others fire.</summary>
    [FailsAs(FailureKind.Fault)]
    public const string TimerFailed = "CE8060";

    /// <summary>The ingestion writer is stopped or too far behind to take the submission now; try again shortly.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string IngestionUnavailable = "CE8065";

    /// <summary>The database is full (disk or <c>max_page_count</c>): the batch was not stored; the writer takes submissions again once there is room.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string IngestionStorageFull = "CE8066";
}

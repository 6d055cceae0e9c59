namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// The codes of the public hearing (CE94xx, the range the SDK reserves for it). A refused action
/// throws a <see cref="Abstractions.ToolException"/> with one of them (several problems: the first
/// one's code, all of them in <see cref="Abstractions.ToolException.Problems"/>); a refused opinion
/// returns them as <see cref="Abstractions.ToolProblem"/>s. SDK codes are used where they fit: CE9104
/// (no such input), CE9107 (no such action), CE9108 (payload not the declared shape), CE9109 (staff only).
/// </summary>
public static class PublicHearingCodes
{
    // Sessions (staff actions `add-session`, `update-session`).

    /// <summary>The hearing has no session with this id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string SessionUnknown = "CE9401";

    /// <summary>`add-session` names a session id that exists already (use `update-session`).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string SessionExists = "CE9402";

    /// <summary>The session is not usable: a malformed id, no venue or address, no start or end time, an end before the start, a capacity below 1 (or none, with no `capacity` in the config).</summary>
    public const string SessionInvalid = "CE9403";

    /// <summary>The hearing already has the number of sessions its config's `sessions` plans.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string TooManySessions = "CE9404";

    /// <summary>The new capacity is below the number of people already holding a seat.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string CapacityBelowRegistered = "CE9405";

    // Registration (public `register`, `cancel-registration`).

    /// <summary>Registration is not open: the session has started (the public) or ended (staff), or the config says the hearing takes no advance registration (`registration: false`: only staff register walk-ins).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string RegistrationClosed = "CE9410";

    /// <summary>The registration has no full name.</summary>
    public const string NameMissing = "CE9411";

    /// <summary>The phone number is not a Vietnamese mobile number (10 digits from 0, or +84). It is never echoed.</summary>
    public const string PhoneInvalid = "CE9412";

    /// <summary>This phone number already holds a registration (or a waiting-list place) for the session.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string AlreadyRegistered = "CE9413";

    /// <summary>The session has no registration with this id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string RegistrationUnknown = "CE9414";

    /// <summary>The registration was cancelled.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string RegistrationCancelled = "CE9415";

    /// <summary>A member of the public cancels only with the phone number the registration was made with.</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string CancelNotVerified = "CE9416";

    /// <summary>The session's roster kept changing under the write (too many concurrent registrations); try again.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string Busy = "CE9417";

    // Attendance (staff `check-in`).

    /// <summary>The person is checked in already (and a checked-in registration cannot be cancelled).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string AlreadyCheckedIn = "CE9420";

    /// <summary>A waiting-list person cannot be checked in: no seat is free (seats of registered people who have not arrived are held until the session starts).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string NoSeatFree = "CE9421";

    // Speakers and opinions (staff `add-speaker`, opinions collected from staff entry, `code-opinion`).

    /// <summary>An opinion has no text.</summary>
    public const string OpinionMissing = "CE9430";

    /// <summary>The stance is not one of support, oppose, amend, other.</summary>
    public const string StanceInvalid = "CE9431";

    /// <summary>The session has no speaker with this id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string SpeakerUnknown = "CE9432";

    /// <summary>Opinions are entered by staff (channel enumerator, or paper for written opinions handed in at the hearing).</summary>
    public const string ChannelNotAccepted = "CE9433";

    /// <summary>An opinion's answers carry something other than `stance`, `article` and `speaker` (strings).</summary>
    public const string OpinionAnswersInvalid = "CE9434";

    /// <summary>A speaker has neither a name nor a registration to take it from.</summary>
    public const string SpeakerNameMissing = "CE9435";

    /// <summary>The themes to code an opinion to are not usable (empty, or longer than 100 characters).</summary>
    public const string ThemesInvalid = "CE9436";

    // Minutes (staff `record-minutes`) and close.

    /// <summary>The minutes are not usable: no Vietnamese summary, an empty conclusion, a negative attendance, no `adoptedBy`.</summary>
    public const string MinutesInvalid = "CE9440";

    /// <summary>Minutes are recorded once the session has started.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string MinutesTooEarly = "CE9441";

    /// <summary>The hearing's step is closed: sessions, registrations, attendance, speakers and minutes are kept as they were (coding opinions goes on).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string HearingClosed = "CE9442";
}

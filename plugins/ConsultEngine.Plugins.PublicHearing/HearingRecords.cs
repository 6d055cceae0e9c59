using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>A session of the hearing: where and when, and how many seats (record <c>sessions/{id}</c>).</summary>
internal sealed record HearingSession(string Id, LocalText? Title, string Venue, string Address, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity)
{
    public const string Collection = "sessions";
}

/// <summary>
/// Who registered for one session, in the order they registered (record <c>roster/{sessionId}</c>).
/// The capacity lives here too, so that one versioned write decides a seat: two registrations at the
/// same moment cannot both take the last one.
/// </summary>
internal sealed record SessionRoster(string SessionId, int Capacity, int Next, IReadOnlyList<Registration> Registrations)
{
    public const string Collection = "roster";

    /// <summary>People holding a seat (registered, whether or not they have arrived).</summary>
    public int Seated => Registrations.Count(r => r.Status == Registration.Registered);

    public int Waiting => Registrations.Count(r => r.Status == Registration.OnWaitingList);

    public int Cancelled => Registrations.Count(r => r.Status == Registration.CancelledStatus);

    public int Attended => Registrations.Count(r => r.CheckedInAt is not null);

    public IEnumerable<Registration> WaitingList => Registrations.Where(r => r.Status == Registration.OnWaitingList).OrderBy(r => r.Number);

    public Registration? Find(string id) => Registrations.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    public SessionRoster With(Registration changed) =>
        this with { Registrations = Registrations.Select(r => string.Equals(r.Id, changed.Id, StringComparison.Ordinal) ? changed : r).ToList() };

    /// <summary>Moves people from the waiting list, first come first served, into the seats that are free.</summary>
    public (SessionRoster Roster, IReadOnlyList<string> Promoted) PromoteWaiting(DateTimeOffset now)
    {
        var roster = this;
        var promoted = new List<string>();
        while (roster.Seated < roster.Capacity && roster.WaitingList.FirstOrDefault() is { } first)
        {
            roster = roster.With(first with { Status = Registration.Registered, PromotedAt = now });
            promoted.Add(first.Id);
        }

        return (roster, promoted);
    }
}

/// <summary>
/// One registration: a display name (initials and given name, never the full name), the keyed hash
/// of the phone number if one was given (never the number), the respondent attributes, and where it
/// stands: <c>registered</c> (holds a seat), <c>waiting</c> or <c>cancelled</c>.
/// </summary>
internal sealed record Registration(string Id, int Number, string DisplayName, string Status, DateTimeOffset RegisteredAt)
{
    public const string Registered = "registered";

    public const string OnWaitingList = "waiting";

    public const string CancelledStatus = "cancelled";

    public string? PhoneHash { get; init; }

    public RespondentAttributes Respondent { get; init; } = RespondentAttributes.None;

    /// <summary>The staff member who registered the person (a walk-in, a phone call); <see langword="null"/> when they registered themselves.</summary>
    public string? RegisteredBy { get; init; }

    public DateTimeOffset? PromotedAt { get; init; }

    public DateTimeOffset? CheckedInAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }
}

/// <summary>The speakers of one session, in the order they spoke (record <c>speakers/{sessionId}</c>).</summary>
internal sealed record SessionSpeakers(string SessionId, IReadOnlyList<Speaker> Speakers)
{
    public const string Collection = "speakers";

    public Speaker? Find(string id) => Speakers.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}

/// <summary>A speaker: display name, the registration they came with (if any), the organisation they spoke for, respondent attributes.</summary>
internal sealed record Speaker(string Id, int Number, string DisplayName, DateTimeOffset AddedAt)
{
    public string? RegistrationId { get; init; }

    public string? Organisation { get; init; }

    public RespondentAttributes Respondent { get; init; } = RespondentAttributes.None;

    public string? AddedBy { get; init; }
}

/// <summary>The minutes of a session (record <c>minutes/{sessionId}</c>): kept when the step closes.</summary>
internal sealed record HearingMinutes(string SessionId, LocalText Summary, IReadOnlyList<string> Conclusions, int Attendance, string AdoptedBy, DateTimeOffset RecordedAt)
{
    public const string Collection = "minutes";

    public string? RecordedBy { get; init; }
}

/// <summary>What the hearing kept when its step closed (record <c>hearing/closing</c>): the counts of each session.</summary>
internal sealed record HearingClosing(DateTimeOffset ClosedAt, IReadOnlyList<SessionCounts> Sessions)
{
    public const string Collection = "hearing";

    public const string Key = "closing";
}

/// <summary>The counts of one session.</summary>
internal sealed record SessionCounts(string SessionId, int Capacity, int Registered, int Waiting, int Cancelled, int Attended, int Speakers, int Opinions, bool HasMinutes);

using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>What the staff action `roster` returns: every session (or one) with its registrations, waiting list, attendance, speakers and minutes.</summary>
internal sealed record RosterView(bool Closed, IReadOnlyList<SessionView> Sessions)
{
    public static async ValueTask<RosterView> ReadAsync(ToolContext context, string? sessionId, CancellationToken cancellationToken)
    {
        var sessions = await VersionedRecords.ListAsync<HearingSession>(context, HearingSession.Collection, cancellationToken).ConfigureAwait(false);
        if (sessionId is not null)
        {
            sessions = [await Hearing.SessionAsync(context, sessionId, cancellationToken).ConfigureAwait(false)];
        }

        var opinions = await context.Inputs.ReadAsync(InputQuery.Counted, cancellationToken).ConfigureAwait(false);
        var views = new List<SessionView>();
        foreach (var session in sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var roster = await Hearing.RosterAsync(context, session, cancellationToken).ConfigureAwait(false);
            var speakers = await VersionedRecords.GetAsync<SessionSpeakers>(context, SessionSpeakers.Collection, session.Id, cancellationToken).ConfigureAwait(false);
            var minutes = await VersionedRecords.GetAsync<HearingMinutes>(context, HearingMinutes.Collection, session.Id, cancellationToken).ConfigureAwait(false);
            views.Add(new SessionView(
                session,
                Counts(session, roster, speakers, opinions, minutes),
                roster.Registrations.OrderBy(r => r.Number).Select(r => new RegistrationView(r.Id, r.Number, r.DisplayName, r.Status, r.RegisteredAt, r.CheckedInAt, r.CancelledAt, r.PhoneHash is not null, r.Respondent)).ToList(),
                roster.WaitingList.Select(r => r.Id).ToList(),
                speakers?.Speakers ?? [],
                minutes));
        }

        var closed = await context.Records.GetAsync(HearingClosing.Collection, HearingClosing.Key, cancellationToken).ConfigureAwait(false) is not null;
        return new RosterView(closed, views);
    }

    public static SessionCounts Counts(HearingSession session, SessionRoster roster, SessionSpeakers? speakers, IReadOnlyList<ConsultationInput> opinions, HearingMinutes? minutes) => new(
        session.Id,
        roster.Capacity,
        roster.Seated,
        roster.Waiting,
        roster.Cancelled,
        roster.Attended,
        speakers?.Speakers.Count ?? 0,
        opinions.Count(i => string.Equals(i.Subject, session.Id, StringComparison.Ordinal)),
        minutes is not null);
}

/// <summary>One session in the roster.</summary>
internal sealed record SessionView(HearingSession Session, SessionCounts Counts, IReadOnlyList<RegistrationView> Registrations, IReadOnlyList<string> WaitingList, IReadOnlyList<Speaker> Speakers, HearingMinutes? Minutes);

/// <summary>A registration as staff see it: never the phone number nor its hash, only whether one was given.</summary>
internal sealed record RegistrationView(string Id, int Number, string DisplayName, string Status, DateTimeOffset RegisteredAt, DateTimeOffset? CheckedInAt, DateTimeOffset? CancelledAt, bool HasPhone, RespondentAttributes Respondent);

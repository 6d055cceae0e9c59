using System.Globalization;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// A session as anyone may see it: where, when, seats, how many are free and how many wait. Read from
/// the sessions and the counts of their rosters; no registration (name, phone hash) leaves this type.
/// </summary>
internal sealed record PublicSession(HearingSession Session, int Capacity, int Seated, int Waiting)
{
    public int FreeSeats => Math.Max(0, Capacity - Seated);

    public bool Full => FreeSeats == 0;

    public LocalText Name => Session.Title ?? new(Session.Id, Session.Id);

    /// <summary>The sessions in the order they start.</summary>
    public static async ValueTask<IReadOnlyList<PublicSession>> ReadAsync(ToolContext context, CancellationToken cancellationToken)
    {
        var sessions = await VersionedRecords.ListAsync<HearingSession>(context, HearingSession.Collection, cancellationToken).ConfigureAwait(false);
        var list = new List<PublicSession>();
        foreach (var session in sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var roster = await Hearing.RosterAsync(context, session, cancellationToken).ConfigureAwait(false);
            list.Add(new PublicSession(session, roster.Capacity, roster.Seated, roster.Waiting));
        }

        return list;
    }

    /// <summary>The session's time as people read it, in the session's own offset: <c>08:00–11:30 10/01/2026</c>.</summary>
    public static LocalText Time(HearingSession session)
    {
        var starts = session.StartsAt;
        var ends = session.EndsAt.ToOffset(starts.Offset);
        var text = starts.Date == ends.Date
            ? string.Create(CultureInfo.InvariantCulture, $"{starts:HH:mm}–{ends:HH:mm} {starts:dd/MM/yyyy}")
            : string.Create(CultureInfo.InvariantCulture, $"{starts:HH:mm dd/MM/yyyy} – {ends:HH:mm dd/MM/yyyy}");
        return new(text, text);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>The staff actions `add-session` and `update-session`.</summary>
internal static partial class SessionActions
{
    public static async ValueTask<ActionResult> AddAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var session = Read(context, payload);
        var planned = context.ConfigInt("sessions");
        var existing = await context.Records.ListAsync(HearingSession.Collection, cancellationToken).ConfigureAwait(false);
        if (existing.Any(r => string.Equals(r.Key, session.Id, StringComparison.Ordinal)))
        {
            throw Hearing.Refusal(context, PublicHearingCodes.SessionExists, $"Đã có phiên '{session.Id}'. / The session '{session.Id}' exists already.");
        }

        if (planned > 0 && existing.Count >= planned)
        {
            throw Hearing.Refusal(context, PublicHearingCodes.TooManySessions, $"Cấu hình dự kiến {planned} phiên. / The config plans {planned} sessions.");
        }

        // The roster first: a session is never visible without the capacity that governs its seats.
        await context.Records.TryInsertAsync(SessionRoster.Collection, session.Id, HearingJson.ToElement(new SessionRoster(session.Id, session.Capacity, 1, [])), cancellationToken).ConfigureAwait(false);
        if (!await context.Records.TryInsertAsync(HearingSession.Collection, session.Id, HearingJson.ToElement(session), cancellationToken).ConfigureAwait(false))
        {
            throw Hearing.Refusal(context, PublicHearingCodes.SessionExists, $"Đã có phiên '{session.Id}'. / The session '{session.Id}' exists already.");
        }

        return new ActionResult { SessionId = session.Id, Status = "added", Capacity = session.Capacity };
    }

    public static async ValueTask<ActionResult> UpdateAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var session = Read(context, payload);
        _ = await context.Records.GetAsync(HearingSession.Collection, session.Id, cancellationToken).ConfigureAwait(false)
            ?? throw Hearing.Refusal(context, PublicHearingCodes.SessionUnknown, "Không có phiên điều trần này. / There is no such session.");

        // The roster decides seats: a smaller capacity cannot unseat anyone, a larger one seats the waiting list in order.
        var promoted = await VersionedRecords.UpdateAsync<SessionRoster, IReadOnlyList<string>>(context, SessionRoster.Collection, session.Id, roster =>
        {
            roster ??= new SessionRoster(session.Id, session.Capacity, 1, []);
            if (session.Capacity < roster.Seated)
            {
                throw Hearing.Refusal(context, PublicHearingCodes.CapacityBelowRegistered, $"Đã có {roster.Seated} người giữ chỗ. / {roster.Seated} people hold a seat already.");
            }

            return (roster with { Capacity = session.Capacity }).PromoteWaiting(context.Now);
        }, cancellationToken).ConfigureAwait(false);
        await context.Records.PutAsync(HearingSession.Collection, session.Id, HearingJson.ToElement(session), null, cancellationToken).ConfigureAwait(false);
        return new ActionResult { SessionId = session.Id, Status = "updated", Capacity = session.Capacity, Promoted = promoted };
    }

    private static HearingSession Read(ToolContext context, JsonElement json)
    {
        var payload = new Payload(json);
        var id = payload.String("id");
        if (id is null || !IdPattern().IsMatch(id))
        {
            payload.Add(PublicHearingCodes.SessionInvalid, "id", "Mã phiên gồm chữ thường, số và '-' (tối đa 64 ký tự). / A session id is lower-case letters, digits and '-' (at most 64).");
        }

        var title = payload.Text("title");
        var venue = payload.String("venue");
        if (venue is null)
        {
            payload.Add(PublicHearingCodes.SessionInvalid, "venue", "Cần địa điểm. / A venue is needed.");
        }

        var address = payload.String("address");
        if (address is null)
        {
            payload.Add(PublicHearingCodes.SessionInvalid, "address", "Cần địa chỉ. / An address is needed.");
        }

        var startsAt = payload.Time("startsAt");
        var endsAt = payload.Time("endsAt");
        if (startsAt is null)
        {
            payload.Add(PublicHearingCodes.SessionInvalid, "startsAt", "Cần thời điểm bắt đầu. / A start time is needed.");
        }

        if (endsAt is null)
        {
            payload.Add(PublicHearingCodes.SessionInvalid, "endsAt", "Cần thời điểm kết thúc. / An end time is needed.");
        }
        else if (startsAt is not null && endsAt <= startsAt)
        {
            payload.Add(PublicHearingCodes.SessionInvalid, "endsAt", "Phiên phải kết thúc sau khi bắt đầu. / A session must end after it starts.");
        }

        var capacity = payload.Int("capacity") ?? (context.ConfigInt("capacity") is > 0 and var configured ? configured : null);
        if (capacity is null or < 1)
        {
            payload.Add(PublicHearingCodes.SessionInvalid, "capacity", "Sức chứa ít nhất là 1 (cấu hình không có 'capacity'). / The capacity is at least 1 (the config has no 'capacity').");
        }

        payload.ThrowIfAny("Phiên điều trần chưa hợp lệ. / The session is not valid.");
        return new HearingSession(id!, title, venue!, address!, startsAt!.Value, endsAt!.Value, capacity!.Value);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}

using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>The staff action `record-minutes`: a session's minutes, recorded again until the step closes, then kept.</summary>
internal static class MinutesActions
{
    public static async ValueTask<ActionResult> RecordAsync(ToolContext context, JsonElement json, CancellationToken cancellationToken)
    {
        var payload = new Payload(json);
        var sessionId = payload.String("sessionId");
        var summary = payload.Text("summary");
        if (summary is null)
        {
            payload.Add(PublicHearingCodes.MinutesInvalid, "summary", "Biên bản cần phần tóm tắt tiếng Việt. / The minutes need a Vietnamese summary.");
        }

        var conclusions = payload.Strings("conclusions") ?? [];
        if (conclusions.Any(c => c.Length == 0))
        {
            payload.Add(PublicHearingCodes.MinutesInvalid, "conclusions", "Kết luận không được để trống. / A conclusion cannot be empty.");
        }

        var attendance = payload.Int("attendance");
        if (attendance is < 0)
        {
            payload.Add(PublicHearingCodes.MinutesInvalid, "attendance", "Số người tham dự không âm. / The attendance cannot be negative.");
        }

        var adoptedBy = payload.String("adoptedBy");
        if (adoptedBy is null)
        {
            payload.Add(PublicHearingCodes.MinutesInvalid, "adoptedBy", "Cần người thông qua biên bản (chủ tọa). / Who adopted the minutes (the chair) is needed.");
        }

        payload.ThrowIfAny("Biên bản chưa hợp lệ. / The minutes are not valid.");
        var session = await Hearing.SessionAsync(context, sessionId, cancellationToken).ConfigureAwait(false);
        if (context.Now < session.StartsAt)
        {
            throw Hearing.Refusal(context, PublicHearingCodes.MinutesTooEarly, "Phiên chưa bắt đầu. / The session has not started.");
        }

        // Without a head count in the minutes, the check-ins are the attendance.
        var roster = await Hearing.RosterAsync(context, session, cancellationToken).ConfigureAwait(false);
        var minutes = new HearingMinutes(session.Id, summary!, conclusions, attendance ?? roster.Attended, adoptedBy!, context.Now) { RecordedBy = context.Actor };
        await context.Records.PutAsync(HearingMinutes.Collection, session.Id, HearingJson.ToElement(minutes), null, cancellationToken).ConfigureAwait(false);
        return new ActionResult { SessionId = session.Id, Status = "recorded", Attended = minutes.Attendance, At = minutes.RecordedAt };
    }
}

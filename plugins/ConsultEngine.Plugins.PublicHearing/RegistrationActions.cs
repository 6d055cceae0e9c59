using System.Globalization;
using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// The actions on a session's roster: `register` (public), `cancel-registration` (public or staff),
/// `check-in` (staff). Each is one versioned write of the session's roster, redone on a conflict, so
/// that concurrent registrations never seat more people than the capacity.
/// </summary>
internal static class RegistrationActions
{
    public static async ValueTask<ActionResult> RegisterAsync(ToolContext context, JsonElement json, CancellationToken cancellationToken)
    {
        var payload = new Payload(json);
        var sessionId = payload.String("sessionId");
        var displayName = PersonName.Display(payload.String("fullName"));
        if (displayName is null)
        {
            payload.Add(PublicHearingCodes.NameMissing, "fullName", "Cần họ và tên (tối đa 120 ký tự). / A full name is needed (at most 120 characters).");
        }

        string? phoneHash = null;
        if (payload.String("phone") is { } phone)
        {
            if (MobileNumber.Normalise(phone) is { } normalised)
            {
                phoneHash = context.Identifiers.Hash(MobileNumber.HashPurpose, normalised);
            }
            else
            {
                payload.Add(PublicHearingCodes.PhoneInvalid, "phone", "Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84). / A mobile number has 10 digits starting with 0 (or +84).");
            }
        }

        var respondent = payload.Respondent("respondent");
        payload.ThrowIfAny("Đăng ký chưa hợp lệ. / The registration is not valid.");
        var session = await Hearing.SessionAsync(context, sessionId, cancellationToken).ConfigureAwait(false);
        var staff = context.Actor is not null;
        var now = context.Now;
        if (!staff && (!context.ConfigBool("registration", fallback: true) || now >= session.StartsAt))
        {
            throw Hearing.Refusal(context, PublicHearingCodes.RegistrationClosed, "Phiên này không nhận đăng ký. / This session takes no registrations.");
        }

        if (now >= session.EndsAt)
        {
            throw Hearing.Refusal(context, PublicHearingCodes.RegistrationClosed, "Phiên đã kết thúc. / The session has ended.");
        }

        return await VersionedRecords.UpdateAsync<SessionRoster, ActionResult>(context, SessionRoster.Collection, session.Id, current =>
        {
            var roster = current ?? new SessionRoster(session.Id, session.Capacity, 1, []);
            if (phoneHash is not null && roster.Registrations.Any(r => r.Status != Registration.CancelledStatus && string.Equals(r.PhoneHash, phoneHash, StringComparison.Ordinal)))
            {
                throw Hearing.Refusal(context, PublicHearingCodes.AlreadyRegistered, "Số điện thoại này đã đăng ký phiên này. / This phone number is registered for the session already.");
            }

            var seated = roster.Seated < roster.Capacity;
            var registration = new Registration(
                string.Create(CultureInfo.InvariantCulture, $"{session.Id}-{roster.Next:D3}"),
                roster.Next,
                displayName!,
                seated ? Registration.Registered : Registration.OnWaitingList,
                now)
            {
                PhoneHash = phoneHash,
                Respondent = respondent,
                RegisteredBy = context.Actor,
            };
            var next = roster with { Next = roster.Next + 1, Registrations = [.. roster.Registrations, registration] };
            return (next, new ActionResult
            {
                SessionId = session.Id,
                RegistrationId = registration.Id,
                DisplayName = registration.DisplayName,
                Status = registration.Status,
                WaitingPosition = seated ? null : next.Waiting,
                Notice = seated ? null : WaitListed(next.Waiting),
            });
        }, cancellationToken).ConfigureAwait(false);
    }

    private static LocalText WaitListed(int position) => new(
        string.Create(CultureInfo.InvariantCulture, $"Phiên đã đủ chỗ: anh/chị đứng thứ {position} trong danh sách chờ và sẽ có chỗ khi có người hủy đăng ký."),
        string.Create(CultureInfo.InvariantCulture, $"The session is full: you are number {position} on its waiting list and get a seat when someone cancels."));

    public static async ValueTask<ActionResult> CancelAsync(ToolContext context, JsonElement json, CancellationToken cancellationToken)
    {
        var payload = new Payload(json);
        var sessionId = payload.String("sessionId");
        var registrationId = payload.String("registrationId");
        var phone = payload.String("phone");
        payload.ThrowIfAny("Yêu cầu hủy chưa hợp lệ. / The cancellation is not valid.");
        var session = await Hearing.SessionAsync(context, sessionId, cancellationToken).ConfigureAwait(false);

        // The public proves the registration is theirs with the phone number it was made with; staff need not.
        var phoneHash = phone is not null && MobileNumber.Normalise(phone) is { } normalised ? context.Identifiers.Hash(MobileNumber.HashPurpose, normalised) : null;
        return await VersionedRecords.UpdateAsync<SessionRoster, ActionResult>(context, SessionRoster.Collection, session.Id, current =>
        {
            var roster = current ?? new SessionRoster(session.Id, session.Capacity, 1, []);
            var registration = Find(context, roster, registrationId);
            if (context.Actor is null && (registration.PhoneHash is null || !string.Equals(registration.PhoneHash, phoneHash, StringComparison.Ordinal)))
            {
                throw Hearing.Refusal(context, PublicHearingCodes.CancelNotVerified, "Cần số điện thoại đã dùng khi đăng ký. / The phone number used to register is needed.");
            }

            if (registration.CheckedInAt is not null)
            {
                throw Hearing.Refusal(context, PublicHearingCodes.AlreadyCheckedIn, "Người này đã điểm danh. / The person is checked in already.");
            }

            var (next, promoted) = roster.With(registration with { Status = Registration.CancelledStatus, CancelledAt = context.Now }).PromoteWaiting(context.Now);
            return (next, new ActionResult { SessionId = session.Id, RegistrationId = registration.Id, Status = Registration.CancelledStatus, Promoted = promoted });
        }, cancellationToken).ConfigureAwait(false);
    }

    public static async ValueTask<ActionResult> CheckInAsync(ToolContext context, JsonElement json, CancellationToken cancellationToken)
    {
        var payload = new Payload(json);
        var sessionId = payload.String("sessionId");
        var registrationId = payload.String("registrationId");
        payload.ThrowIfAny("Điểm danh chưa hợp lệ. / The check-in is not valid.");
        var session = await Hearing.SessionAsync(context, sessionId, cancellationToken).ConfigureAwait(false);
        var now = context.Now;
        return await VersionedRecords.UpdateAsync<SessionRoster, ActionResult>(context, SessionRoster.Collection, session.Id, current =>
        {
            var roster = current ?? new SessionRoster(session.Id, session.Capacity, 1, []);
            var registration = Find(context, roster, registrationId);
            if (registration.CheckedInAt is not null)
            {
                throw Hearing.Refusal(context, PublicHearingCodes.AlreadyCheckedIn, "Người này đã điểm danh. / The person is checked in already.");
            }

            if (registration.Status == Registration.OnWaitingList)
            {
                // Seats of registered people who have not arrived are theirs until the session starts.
                var held = now < session.StartsAt ? roster.Registrations.Count(r => r.Status == Registration.Registered && r.CheckedInAt is null) : 0;
                if (roster.Capacity - roster.Attended - held <= 0)
                {
                    throw Hearing.Refusal(context, PublicHearingCodes.NoSeatFree, "Không còn chỗ trống cho người trong danh sách chờ. / No seat is free for someone on the waiting list.");
                }
            }

            var next = roster.With(registration with { Status = Registration.Registered, CheckedInAt = now });
            return (next, new ActionResult { SessionId = session.Id, RegistrationId = registration.Id, DisplayName = registration.DisplayName, Status = "checked-in", Attended = next.Attended, At = now });
        }, cancellationToken).ConfigureAwait(false);
    }

    private static Registration Find(ToolContext context, SessionRoster roster, string? registrationId)
    {
        var registration = registrationId is null ? null : roster.Find(registrationId);
        if (registration is null)
        {
            throw Hearing.Refusal(context, PublicHearingCodes.RegistrationUnknown, "Không có đăng ký này. / There is no such registration.");
        }

        return registration.Status == Registration.CancelledStatus
            ? throw Hearing.Refusal(context, PublicHearingCodes.RegistrationCancelled, "Đăng ký đã bị hủy. / The registration was cancelled.")
            : registration;
    }
}

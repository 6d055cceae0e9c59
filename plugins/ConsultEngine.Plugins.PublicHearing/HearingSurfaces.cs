using System.Globalization;
using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// The hearing's surfaces (SDK 1.2): its sessions and the registration form for the public (none when
/// the config turns public registration off), the checks of a registration filled in so far, and the
/// results for staff. The public reads the sessions here, never through the staff-only `roster`.
/// </summary>
public sealed partial class PublicHearingTool : IToolSurfaces
{
    private static readonly JsonElement EmptyBody = JsonDocument.Parse("{}").RootElement.Clone();

    public async ValueTask<PublicSurface?> DescribePublicAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.ConfigBool("registration", fallback: true))
        {
            return null;
        }

        var sessions = await PublicSession.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        return HearingSurface.Of(sessions, await ClosedAsync(context, cancellationToken).ConfigureAwait(false), context.Now);
    }

    /// <summary>
    /// The checks of the `register` action on a registration filled in so far: a session that takes
    /// registrations, a name, a mobile number if one is given. Whether the number is registered for the
    /// session already is only told when registering (it would otherwise tell who registered).
    /// </summary>
    public async ValueTask<FormEvaluation> EvaluateAsync(ToolContext context, string formId, JsonElement body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!string.Equals(formId, HearingSurface.RegisterForm, StringComparison.Ordinal))
        {
            throw Hearing.Refusal(context, ToolCodes.UnknownForm, $"Điều trần không có biểu mẫu '{formId}'. / The hearing has no form '{formId}'.");
        }

        var payload = new Payload(body.ValueKind == JsonValueKind.Object ? body : EmptyBody);
        var sessionId = payload.String("sessionId");
        if (PersonName.Display(payload.String("fullName")) is null)
        {
            payload.Add(PublicHearingCodes.NameMissing, "fullName", "Cần họ và tên (tối đa 120 ký tự). / A full name is needed (at most 120 characters).");
        }

        if (payload.String("phone") is { } phone && MobileNumber.Normalise(phone) is null)
        {
            payload.Add(PublicHearingCodes.PhoneInvalid, "phone", "Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84). / A mobile number has 10 digits starting with 0 (or +84).");
        }

        payload.Respondent("respondent");
        var problems = payload.Problems;
        if (await ClosedAsync(context, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new(PublicHearingCodes.HearingClosed, "", "Bước điều trần đã kết thúc. / The hearing's step is closed."));
        }

        var session = sessionId is null ? null
            : await VersionedRecords.GetAsync<HearingSession>(context, HearingSession.Collection, sessionId, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            problems.Add(new(PublicHearingCodes.SessionUnknown, HearingSurface.SessionPath, sessionId is null
                ? "Hãy chọn một phiên điều trần. / Choose a session."
                : "Không có phiên điều trần này. / There is no such session."));
        }
        else if (context.Actor is null && (!context.ConfigBool("registration", fallback: true) || context.Now >= session.StartsAt))
        {
            problems.Add(new(PublicHearingCodes.RegistrationClosed, HearingSurface.SessionPath, "Phiên này không nhận đăng ký. / This session takes no registrations."));
        }
        else if (context.Now >= session.EndsAt)
        {
            problems.Add(new(PublicHearingCodes.RegistrationClosed, HearingSurface.SessionPath, "Phiên đã kết thúc. / The session has ended."));
        }

        var sessions = await PublicSession.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        var form = HearingSurface.Form([.. sessions.Where(s => context.Now < s.Session.StartsAt)]);
        return FormEvaluation.All(form) with { Problems = [.. problems] };
    }

    /// <summary>The analysis in the shared views (its figures: sessions, registered, waiting, attended, speakers, opinions) and a table of the sessions' counts.</summary>
    public async ValueTask<StaffSurface> DescribeStaffAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = await AnalyseAsync(context, AnalysisOptions.Default, cancellationToken).ConfigureAwait(false);
        var view = await RosterView.ReadAsync(context, null, cancellationToken).ConfigureAwait(false);
        List<SurfaceView> results = [.. AnalysisViews.From(analysis)];
        results.Insert(1, new TableView
        {
            Id = "session-counts",
            Title = new("Số liệu từng phiên", "Figures per session"),
            Columns =
            [
                new("Phiên", "Session"), new("Thời gian", "Time"), new("Số chỗ", "Seats"), new("Đăng ký có chỗ", "Registered"),
                new("Đang chờ", "Waiting"), new("Đã hủy", "Cancelled"), new("Điểm danh", "Checked in"),
                new("Người phát biểu", "Speakers"), new("Ý kiến", "Opinions"), new("Biên bản", "Minutes"),
            ],
            Rows = [.. view.Sessions.Select(SessionRow)],
        });
        return new StaffSurface { Results = results };
    }

    private static IReadOnlyList<LocalText> SessionRow(SessionView session)
    {
        static LocalText Number(int value) => new(value.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
        var counts = session.Counts;
        return
        [
            session.Session.Title ?? new(session.Session.Id, session.Session.Id),
            PublicSession.Time(session.Session),
            Number(counts.Capacity), Number(counts.Registered), Number(counts.Waiting), Number(counts.Cancelled),
            Number(counts.Attended), Number(counts.Speakers), Number(counts.Opinions),
            counts.HasMinutes ? new("Có", "Yes") : new("Chưa", "Not yet"),
        ];
    }

    private static async ValueTask<bool> ClosedAsync(ToolContext context, CancellationToken cancellationToken) =>
        await context.Records.GetAsync(HearingClosing.Collection, HearingClosing.Key, cancellationToken).ConfigureAwait(false) is not null;
}

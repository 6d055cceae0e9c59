using System.Globalization;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// The hearing's public surface as data: its sessions (place, time, seats free, people waiting) and the
/// registration form, which posts the public `register` action's payload.
/// </summary>
internal static class HearingSurface
{
    /// <summary>The id of the registration form.</summary>
    public const string RegisterForm = "register";

    public const string SessionPath = "/sessionId";

    public const string FullNamePath = "/fullName";

    public const string PhonePath = "/phone";

    public static PublicSurface Of(IReadOnlyList<PublicSession> sessions, bool closed, DateTimeOffset now)
    {
        var open = closed ? new List<PublicSession>() : sessions.Where(s => now < s.Session.StartsAt).ToList();
        var status = closed || (sessions.Count > 0 && open.Count == 0) ? SurfaceStatus.Closed
            : sessions.Count == 0 ? SurfaceStatus.NotYetOpen
            : SurfaceStatus.Open;
        return new PublicSurface
        {
            Instructions = status switch
            {
                SurfaceStatus.Open => new("Chọn một phiên và điền thông tin để đăng ký. Khi phiên đã đủ chỗ, bạn được ghi vào danh sách chờ.",
                    "Choose a session and fill in your details to register. When a session is full, you are put on its waiting list."),
                SurfaceStatus.NotYetOpen => new("Chưa có phiên điều trần nào. Vui lòng quay lại sau.", "No session is scheduled yet. Please come back later."),
                _ => new("Các phiên điều trần không còn nhận đăng ký.", "The sessions take no more registrations."),
            },
            Status = status,
            ClosesAt = open.Count > 0 ? open.Max(s => s.Session.StartsAt) : null,
            Reads = sessions.Count == 0 ? [] : [Table(sessions)],
            Forms = open.Count == 0 ? [] : [Form(open)],
            OffersFeedback = false,
        };
    }

    public static SurfaceForm Form(IReadOnlyList<PublicSession> open) => new()
    {
        Id = RegisterForm,
        Title = new("Đăng ký tham dự", "Register to attend"),
        Target = FormTarget.Action,
        Action = PublicHearingManifest.Register,
        Fields =
        [
            new FormField
            {
                Path = SessionPath,
                Label = new("Phiên điều trần", "Session"),
                Widget = FieldWidget.Radio,
                Required = true,
                Choices = [.. open.Select(Choice)],
            },
            new FormField
            {
                Path = FullNamePath,
                Label = new("Họ và tên", "Full name"),
                Hint = new("Chỉ lưu tên và chữ cái đầu của họ, tên đệm.", "Only your given name and initials are kept."),
                Required = true,
                MaxLength = PersonName.MaxLength,
                Autocomplete = "name",
                Personal = true,
            },
            new FormField
            {
                Path = PhonePath,
                Label = new("Số điện thoại di động (không bắt buộc)", "Mobile phone number (optional)"),
                Hint = new("Dùng để hủy đăng ký sau này; số không được lưu.", "Lets you cancel later; the number itself is not stored."),
                MaxLength = 20,
                InputMode = "tel",
                Autocomplete = "tel",
                Personal = true,
            },
        ],
        SubmitLabel = new("Đăng ký", "Register"),
        Confirmation = new("Đăng ký của bạn đã được ghi nhận. Nếu phiên đã đủ chỗ, bạn ở trong danh sách chờ và được xếp chỗ khi có người hủy.",
            "Your registration is recorded. If the session was full, you are on its waiting list and get a seat when someone cancels."),
    };

    /// <summary>A session to choose: its name, time and venue; a full one says that the registration goes on the waiting list.</summary>
    private static FieldChoice Choice(PublicSession session)
    {
        var time = PublicSession.Time(session.Session);
        var label = new LocalText($"{session.Name.Vi} — {time.Vi}, {session.Session.Venue}", $"{session.Name.En} — {time.En}, {session.Session.Venue}");
        if (session.Full)
        {
            label = new(label.Vi + " (đã đủ chỗ: đăng ký vào danh sách chờ)", label.En + " (full: you will join the waiting list)");
        }

        return new FieldChoice(session.Session.Id, label);
    }

    private static TableView Table(IReadOnlyList<PublicSession> sessions) => new()
    {
        Id = "sessions",
        Title = new("Các phiên điều trần", "Hearing sessions"),
        Columns =
        [
            new("Phiên", "Session"), new("Địa điểm", "Venue"), new("Địa chỉ", "Address"), new("Thời gian", "Time"),
            new("Số chỗ", "Seats"), new("Còn trống", "Free seats"), new("Đang chờ", "Waiting"),
        ],
        Rows = [.. sessions.Select(Row)],
    };

    private static IReadOnlyList<LocalText> Row(PublicSession session) =>
    [
        session.Name,
        Same(session.Session.Venue),
        Same(session.Session.Address),
        PublicSession.Time(session.Session),
        Number(session.Capacity),
        Number(session.FreeSeats),
        Number(session.Waiting),
    ];

    private static LocalText Number(int value) => Same(value.ToString(CultureInfo.InvariantCulture));

    private static LocalText Same(string text) => new(text, text);
}

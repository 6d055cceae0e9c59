using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>
/// The poll's public surface as data: its window and status, how often a person may vote, its tallies
/// when the config publishes them, and the ballot (a field per question, then the voter's number).
/// </summary>
internal static class PollSurface
{
    /// <summary>The id of the ballot, the poll's only form.</summary>
    public const string MainForm = "main";

    /// <summary>The staff's entry of a vote received by SMS or telephone (the enumerator channel).</summary>
    public const string EntryForm = "entry";

    public const string IdentifierPath = "/identifier";

    /// <summary>Where the one-time code goes in the body of a vote that needs one (the host reads and spends it).</summary>
    public const string CodePath = "/verificationCode";

    /// <summary>The pointer of a question's answer in the submission body (ids are letters, digits, '-' and '_': nothing to escape).</summary>
    public static string AnswerPath(string questionId) => "/answers/" + questionId;

    public static PublicSurface NotSetUp() => new()
    {
        Status = SurfaceStatus.NotYetOpen,
        Instructions = new("Cuộc bình chọn chưa được thiết lập. Vui lòng quay lại sau.", "The poll is not set up yet. Please come back later."),
    };

    public static PublicSurface Of(PollDefinition poll, string verification, bool confirmed, bool allowVoteChange, PollTally? published, DateTimeOffset now)
    {
        var status = poll.StatusAt(now) switch
        {
            "not-open" => SurfaceStatus.NotYetOpen,
            "open" => SurfaceStatus.Open,
            _ => SurfaceStatus.Closed,
        };
        return new PublicSurface
        {
            Instructions = Instructions(verification, confirmed, allowVoteChange),
            Status = status,
            OpensAt = poll.OpensAt,
            ClosesAt = poll.ClosesAt,
            Reads = published is null ? [] : confirmed ? Tallies(published) : [UnverifiedNotice(), .. Tallies(published)],
            Forms = status == SurfaceStatus.Closed ? [] : [Ballot(poll, verification, confirmed, allowVoteChange)],
        };
    }

    /// <summary>What the results of a poll whose voters prove nothing say first (public tallies, staff results).</summary>
    public static TextView UnverifiedNotice() => new()
    {
        Id = "poll-unverified",
        Title = new("Kết quả tham khảo: người bỏ phiếu chưa được xác minh", "Indicative only: voters were not verified"),
        Paragraphs =
        [
            new("Cuộc bình chọn này không xác minh người bỏ phiếu bằng mã gửi qua tin nhắn, nên một người có thể bỏ nhiều phiếu. Kết quả chỉ mang tính tham khảo.",
                "This poll does not verify voters by a code sent by text message, so one person may vote more than once. The results are indicative only."),
        ],
    };

    /// <summary>The analysis's figure of a poll whose voters prove nothing: every vote counted is unverified.</summary>
    public static AnalysisFigure UnverifiedFigure(int votes) =>
        new("unverifiedVotes", new("Kết quả tham khảo: người bỏ phiếu chưa được xác minh (số phiếu)", "Indicative only: voters were not verified (votes)"), votes);

    public static LocalText Instructions(string verification, bool confirmed, bool allowVoteChange)
    {
        if (confirmed)
        {
            return allowVoteChange
                ? new("Nhập số điện thoại di động và bấm \"Gửi mã\"; nhập mã nhận được qua tin nhắn cùng lựa chọn của bạn. Mỗi người bình chọn một lần; bình chọn lại (với mã mới) trước khi cuộc bình chọn đóng sẽ thay phiếu cũ.",
                    "Enter your mobile number and press \"Send the code\"; type the code you receive by text message with your choices. One vote per person; voting again (with a new code) before the poll closes replaces your earlier vote.")
                : new("Nhập số điện thoại di động và bấm \"Gửi mã\"; nhập mã nhận được qua tin nhắn cùng lựa chọn của bạn. Mỗi người chỉ được bình chọn một lần.",
                    "Enter your mobile number and press \"Send the code\"; type the code you receive by text message with your choices. Each person may vote only once.");
        }

        if (verification == VoterIdentifier.None)
        {
            return new(
                "Mỗi người hãy bình chọn một lần. Cuộc bình chọn này không xác thực người bình chọn, nên kết quả chỉ mang tính tham khảo.",
                "Please vote only once. This poll does not verify who votes, so its results are indicative only.");
        }

        return allowVoteChange
            ? new("Mỗi người bình chọn một lần; nếu bình chọn lại trước khi cuộc bình chọn đóng, phiếu mới sẽ thay phiếu cũ.",
                "One vote per person; if you vote again before the poll closes, your new vote replaces the earlier one.")
            : new("Mỗi người chỉ được bình chọn một lần.", "Each person may vote only once.");
    }

    public static SurfaceForm Ballot(PollDefinition poll, string verification, bool confirmed, bool allowVoteChange)
    {
        var fields = poll.Questions.Select(q => Question(q, poll.Questions.Count == 1)).ToList();
        if (verification != VoterIdentifier.None)
        {
            fields.Add(Identifier(verification));
        }

        if (confirmed)
        {
            fields.Add(Code());
        }

        return new SurfaceForm
        {
            Id = MainForm,
            Target = FormTarget.Submission,
            Fields = fields,
            SubmitLabel = new("Gửi phiếu bình chọn", "Cast your vote"),
            Confirmation = allowVoteChange && verification != VoterIdentifier.None
                ? new("Phiếu bình chọn của bạn đã được ghi nhận. Bạn có thể bình chọn lại trước khi cuộc bình chọn đóng.", "Your vote is recorded. You may vote again before the poll closes.")
                : new("Phiếu bình chọn của bạn đã được ghi nhận.", "Your vote is recorded."),
        };
    }

    /// <summary>The ballot as staff type in a vote received by SMS or telephone: the same fields, the caller's number included.</summary>
    public static SurfaceForm Entry(PollDefinition poll, string verification)
    {
        var ballot = Ballot(poll, verification, confirmed: false, allowVoteChange: false);
        return ballot with
        {
            Id = EntryForm,
            Title = new("Nhập phiếu nhận qua tin nhắn hoặc điện thoại", "Enter a vote received by SMS or telephone"),
            // The number is the voter's, not the staff member's: the browser must not fill in its own.
            Fields = [.. ballot.Fields.Select(f => f.Path == IdentifierPath ? f with { Autocomplete = "off" } : f)],
            SubmitLabel = new("Ghi phiếu", "Record the vote"),
            Confirmation = new("Phiếu đã được ghi.", "The vote is recorded."),
        };
    }

    /// <summary>A question: radio buttons for a single choice, check boxes (at most its <c>maxChoices</c>) for a multiple one. A vote needs at least one answer, so the only question of a poll is required.</summary>
    private static FormField Question(PollQuestion question, bool only) => new()
    {
        Path = AnswerPath(question.Id),
        Label = question.Title,
        Hint = question.IsMultiple
            ? new($"Chọn tối đa {question.MaxChoices} phương án.", $"Choose up to {question.MaxChoices} options.")
            : new("Chọn một phương án.", "Choose one option."),
        Widget = question.IsMultiple ? FieldWidget.Checkboxes : FieldWidget.Radio,
        MaxChoices = question.IsMultiple ? question.MaxChoices : null,
        Required = only,
        Choices = [.. question.Options.Select(o => new FieldChoice(o.Value, o.Label))],
    };

    private static FormField Identifier(string verification) => verification == VoterIdentifier.CitizenId
        ? new FormField
        {
            Path = IdentifierPath,
            Label = new("Số định danh cá nhân (căn cước công dân)", "Citizen ID number"),
            Hint = new("12 chữ số. Chỉ dùng để bảo đảm mỗi người bình chọn một lần; số không được lưu.", "12 digits. Used only to make sure each person votes once; the number is not stored."),
            Required = true,
            MaxLength = 20,
            InputMode = "numeric",
            Autocomplete = "off",
            Personal = true,
        }
        : new FormField
        {
            Path = IdentifierPath,
            Label = new("Số điện thoại di động", "Mobile phone number"),
            Hint = new("10 chữ số, bắt đầu bằng 0. Chỉ dùng để bảo đảm mỗi người bình chọn một lần; số không được lưu.", "10 digits starting with 0. Used only to make sure each person votes once; the number is not stored."),
            Required = true,
            MaxLength = 20,
            InputMode = "numeric",
            Autocomplete = "tel",
            Personal = true,
        };

    /// <summary>The one-time code: the host shows a "send the code" button beside it that sends a code to the number (<see cref="FormField.CodeFor"/>).</summary>
    private static FormField Code() => new()
    {
        Path = CodePath,
        Label = new("Mã xác thực (6 chữ số)", "Verification code (6 digits)"),
        Hint = new("Bấm \"Gửi mã\" để nhận mã qua tin nhắn đến số điện thoại trên; mã chỉ dùng được một lần, trong thời gian ngắn.", "Press \"Send the code\" to receive it by text message at the number above; it can be used once, for a short time."),
        Required = true,
        MaxLength = 6,
        InputMode = "numeric",
        Autocomplete = "one-time-code",
        Personal = true,
        CodeFor = IdentifierPath,
    };

    /// <summary>A shares view per question: each option's share of the people who answered it, with its 95% interval.</summary>
    private static List<SurfaceView> Tallies(PollTally tally) =>
    [
        .. tally.Questions.Select(q => new SharesView
        {
            Id = "tally-" + q.Id,
            Title = q.Title,
            Answered = q.People,
            Note = q.Choice == PollQuestion.Multiple
                ? new("Mỗi người chọn được nhiều phương án: tỷ lệ tính trên số người trả lời câu hỏi.", "Each person may choose several options: shares are of the people who answered the question.")
                : null,
            Items = [.. q.Options.Select(o => new ShareItem(o.Value, o.Label ?? new(o.Value, o.Value), o.Count, o.ShareOfPeople, o.Ci95))],
        }),
    ];
}

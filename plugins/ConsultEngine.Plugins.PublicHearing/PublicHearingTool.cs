using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// The public hearing (<c>tool:public-hearing@1</c>): staff plan sessions (venue, time, seats); the
/// public registers, over capacity onto a waiting list that moves up when someone cancels; staff
/// check people in, record the speakers and the opinions they give (inputs of the shared model,
/// one per opinion, with a stance and the article concerned), code opinions to themes and record
/// each session's minutes. Personal data is kept small: initials and given name, and a keyed hash
/// of the phone number, never the number.
/// </summary>
public sealed partial class PublicHearingTool : IConsultationTool
{
    /// <summary>The tool's id: steps use it as <c>tool:public-hearing@1</c>.</summary>
    public const string ToolId = "public-hearing";

    public ToolManifest Manifest { get; } = PublicHearingManifest.Create();

    /// <summary>Nothing to prepare: sessions come with the `add-session` action.</summary>
    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>An opinion entered by staff: <c>Subject</c> the session id, <c>Text</c> the opinion, <c>Answers</c> <c>{ stance, article, speaker }</c>.</summary>
    public async ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submission);
        if (context.Actor is null)
        {
            return CollectResult.Refuse(ToolCodes.NotAllowed, "", "Ý kiến tại phiên điều trần do cán bộ ghi nhận. / Opinions at a hearing are entered by staff.");
        }

        if (submission.Channel is not (InputChannel.Enumerator or InputChannel.Paper))
        {
            return CollectResult.Refuse(PublicHearingCodes.ChannelNotAccepted, "/channel", "Ý kiến được nhập bởi cán bộ hoặc từ văn bản nộp tại phiên. / Opinions are entered by staff or from papers handed in.");
        }

        var problems = new List<ToolProblem>();
        var session = submission.Subject is null ? null
            : await VersionedRecords.GetAsync<HearingSession>(context, HearingSession.Collection, submission.Subject, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            problems.Add(new(PublicHearingCodes.SessionUnknown, "/subject", "Không có phiên điều trần này. / There is no such session."));
        }

        var text = submission.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > Opinions.MaxLength)
        {
            problems.Add(new(PublicHearingCodes.OpinionMissing, "/text", "Ý kiến cần nội dung (tối đa 20.000 ký tự). / An opinion needs a text (at most 20,000 characters)."));
        }

        var answers = Opinions.ReadAnswers(submission.Answers, "/answers", problems);
        if (session is not null && answers.Speaker is { } speakerId)
        {
            var speakers = await VersionedRecords.GetAsync<SessionSpeakers>(context, SessionSpeakers.Collection, session.Id, cancellationToken).ConfigureAwait(false);
            if (speakers?.Find(speakerId) is null)
            {
                problems.Add(new(PublicHearingCodes.SpeakerUnknown, "/answers/speaker", "Phiên không có người phát biểu này. / The session has no such speaker."));
            }
        }

        if (problems.Count > 0)
        {
            return CollectResult.Refuse(problems);
        }

        return CollectResult.Accept(Opinions.Input(context, submission.Channel, session!.Id, text!, answers, submission.Respondent, submission.Collector, submission.SubmittedAt ?? context.Now));
    }

    public async ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (action)
        {
            case PublicHearingManifest.Register:
            case PublicHearingManifest.CancelRegistration:
                await Hearing.RequireNotClosedAsync(context, cancellationToken).ConfigureAwait(false);
                return HearingJson.ToElement(action == PublicHearingManifest.Register
                    ? await RegistrationActions.RegisterAsync(context, payload, cancellationToken).ConfigureAwait(false)
                    : await RegistrationActions.CancelAsync(context, payload, cancellationToken).ConfigureAwait(false));
            case PublicHearingManifest.Roster:
                Hearing.RequireStaff(context, action);
                return HearingJson.ToElement(await RosterView.ReadAsync(context, new Payload(payload).String("sessionId"), cancellationToken).ConfigureAwait(false));
            case PublicHearingManifest.CodeOpinion:
                Hearing.RequireStaff(context, action);
                return HearingJson.ToElement(await SpeakerActions.CodeOpinionAsync(context, payload, cancellationToken).ConfigureAwait(false));
            case PublicHearingManifest.AddSession:
            case PublicHearingManifest.UpdateSession:
            case PublicHearingManifest.CheckIn:
            case PublicHearingManifest.AddSpeaker:
            case PublicHearingManifest.RecordMinutes:
                Hearing.RequireStaff(context, action);
                await Hearing.RequireNotClosedAsync(context, cancellationToken).ConfigureAwait(false);
                return HearingJson.ToElement(await StaffActionAsync(context, action, payload, cancellationToken).ConfigureAwait(false));
            default:
                throw Hearing.Refusal(context, ToolCodes.UnknownAction, $"Công cụ điều trần không có thao tác '{action}'. / The hearing has no action '{action}'.");
        }
    }

    /// <summary>Keeps every session's counts (the record <c>hearing/closing</c>); minutes stay as recorded and can no longer change. A second close keeps the first.</summary>
    public async ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var view = await RosterView.ReadAsync(context, null, cancellationToken).ConfigureAwait(false);
        var closing = new HearingClosing(context.Now, view.Sessions.Select(s => s.Counts).ToList());
        await context.Records.TryInsertAsync(HearingClosing.Collection, HearingClosing.Key, HearingJson.ToElement(closing), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var inputs = await context.Inputs.ReadAsync(InputQuery.All, cancellationToken).ConfigureAwait(false);
        var analysis = InputAnalyzer.Analyse(ToolId, context.StepId, inputs, Opinions.Specs, options);
        var view = await RosterView.ReadAsync(context, null, cancellationToken).ConfigureAwait(false);
        var counts = view.Sessions.Select(s => s.Counts).ToList();
        return analysis with
        {
            Figures =
            [
                new AnalysisFigure("sessions", new LocalText("Số phiên điều trần", "Sessions"), counts.Count),
                new AnalysisFigure("registered", new LocalText("Số người đăng ký có chỗ", "Registered (with a seat)"), counts.Sum(c => c.Registered)),
                new AnalysisFigure("waiting", new LocalText("Số người trong danh sách chờ", "On the waiting list"), counts.Sum(c => c.Waiting)),
                new AnalysisFigure("attended", new LocalText("Số người điểm danh", "Checked in"), counts.Sum(c => c.Attended)),
                new AnalysisFigure("attendanceInMinutes", new LocalText("Số người tham dự theo biên bản", "Attendance in the minutes"), view.Sessions.Sum(s => s.Minutes?.Attendance ?? 0)),
                new AnalysisFigure("speakers", new LocalText("Số người phát biểu", "Speakers"), counts.Sum(c => c.Speakers)),
                new AnalysisFigure("opinions", new LocalText("Số ý kiến", "Opinions"), analysis.Basis.Counted),
            ],
        };
    }

    private static async ValueTask<ActionResult> StaffActionAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken) => action switch
    {
        PublicHearingManifest.AddSession => await SessionActions.AddAsync(context, payload, cancellationToken).ConfigureAwait(false),
        PublicHearingManifest.UpdateSession => await SessionActions.UpdateAsync(context, payload, cancellationToken).ConfigureAwait(false),
        PublicHearingManifest.CheckIn => await RegistrationActions.CheckInAsync(context, payload, cancellationToken).ConfigureAwait(false),
        PublicHearingManifest.AddSpeaker => await SpeakerActions.AddSpeakerAsync(context, payload, cancellationToken).ConfigureAwait(false),
        _ => await MinutesActions.RecordAsync(context, payload, cancellationToken).ConfigureAwait(false),
    };
}

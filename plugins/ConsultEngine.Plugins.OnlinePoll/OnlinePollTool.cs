using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>
/// The online poll (<c>tool:online-poll@1</c>): staff set up questions with options and a voting
/// window; citizens vote on the web (or through an enumerator for SMS and phone-assisted votes),
/// verified by a phone or citizen ID number that is only ever kept as a keyed hash, the vote's
/// unique key: one vote per person, refused a second time or, where the config allows vote changes,
/// replacing the first until the close time. Anyone may read the live tallies.
/// </summary>
public sealed partial class OnlinePollTool : IConsultationTool, IVerifiesPersons
{
    /// <summary>The tool's id: steps use it as <c>tool:online-poll@1</c>.</summary>
    public const string ToolId = "online-poll";

    public ToolManifest Manifest { get; } = OnlinePollManifest.Create();

    /// <summary>A web vote needs a number proved by an SMS code where the config says <c>"confirmBy": "sms-code"</c>; the host checks the code before <see cref="CollectAsync"/>.</summary>
    public PersonCheck? PersonCheckFor(ToolContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return VoterIdentifier.Confirmed(context) ? new PersonCheck(PersonCheck.Phone, PersonCheck.SmsCode) { CodePath = PollSurface.CodePath } : null;
    }

    /// <summary>Nothing to prepare: the questions come with the `set-up` action.</summary>
    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submission);
        var poll = await DefinitionAsync(context, cancellationToken).ConfigureAwait(false);
        if (poll is null)
        {
            return CollectResult.Refuse(OnlinePollCodes.NotSetUp, "", "Cuộc bình chọn chưa được thiết lập. / The poll is not set up yet.");
        }

        var now = context.Now;
        if (VoteChecks.Window(poll, now) is { } outside)
        {
            return CollectResult.Refuse([outside]);
        }

        if (!Accepts(context, submission.Channel))
        {
            return CollectResult.Refuse(OnlinePollCodes.ChannelNotAccepted, "/channel", "Cuộc bình chọn không nhận phiếu qua kênh này. / The poll takes no votes through this channel.");
        }

        var problems = new List<ToolProblem>();
        var verification = VoterIdentifier.Of(context);
        var normalised = VoteChecks.Identifier(verification, submission.Identifier, problems);
        var key = normalised is null ? null : context.Identifiers.Hash(ToolId + ":" + verification, normalised);
        var answers = VoteReader.Read(poll, submission.Answers, problems);
        if (problems.Count > 0)
        {
            return CollectResult.Refuse(problems);
        }

        // The vote keeps no text, identifier or subject: only the keyed hash says who voted.
        var vote = new ConsultationInput
        {
            Id = Guid.CreateVersion7(),
            InstanceId = context.InstanceId,
            StepId = context.StepId,
            Tool = ToolId,
            Channel = submission.Channel,
            Collector = submission.Channel == InputChannel.Enumerator ? submission.Collector ?? context.Actor : null,
            Respondent = submission.Respondent,
            Answers = answers,
            UniqueKey = key,
            SubmittedAt = now,
        };
        return CollectResult.Accept(vote, context.ConfigBool("allowVoteChange") ? UniqueKeyConflict.Replace : UniqueKeyConflict.Refuse);
    }

    public async ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (action)
        {
            case OnlinePollManifest.SetUp:
                RequireStaff(context, action);
                return await SetUpAsync(context, payload, cancellationToken).ConfigureAwait(false);
            case OnlinePollManifest.Tally:
                // The same rule as the public page: the public reads the tallies only where the config publishes them.
                if (context.Actor is null && !context.ConfigBool("publishTallies"))
                {
                    throw Refusal(context, OnlinePollCodes.TalliesNotPublished, "Kết quả bình chọn trực tiếp không được công bố. / The live tallies are not published.");
                }

                var poll = await DefinitionAsync(context, cancellationToken).ConfigureAwait(false)
                    ?? throw Refusal(context, OnlinePollCodes.NotSetUp, "Cuộc bình chọn chưa được thiết lập. / The poll is not set up yet.");
                return PollJson.ToElement(PollTally.Of(poll, await PollTally.ReadAsync(context, poll, cancellationToken).ConfigureAwait(false), context.Now));
            default:
                throw Refusal(context, ToolCodes.UnknownAction, $"Công cụ bình chọn không có thao tác '{action}'. / The poll has no action '{action}'.");
        }
    }

    /// <summary>Keeps the final counts beside the votes (the record <c>poll/closing</c>); a second close keeps the first.</summary>
    public async ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var poll = await DefinitionAsync(context, cancellationToken).ConfigureAwait(false);
        var counts = await PollTally.ReadAsync(context, poll, cancellationToken).ConfigureAwait(false);
        var tally = poll is null ? null : PollTally.Of(poll, counts, context.Now);
        var closing = new PollClosing(context.Now, tally?.People ?? 0, tally?.Opinions ?? 0, PollTally.ChangedVotesIn(counts));
        await context.Records.TryInsertAsync(PollDefinition.Collection, PollClosing.Key, PollJson.ToElement(closing), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var poll = await DefinitionAsync(context, cancellationToken).ConfigureAwait(false);
        var specs = poll?.Specs() ?? [];
        var tally = await context.Inputs.TallyAsync(specs, cancellationToken).ConfigureAwait(false);
        var passages = tally.MayHavePassages(specs, options) ? await context.Inputs.ReadAsync(options.Query, cancellationToken).ConfigureAwait(false) : [];
        var analysis = InputAnalyzer.Analyse(ToolId, context.StepId, tally, specs, options, passages);
        var counted = analysis.Basis.Counted;
        return analysis with
        {
            Figures =
            [
                new AnalysisFigure("people", new LocalText("Số người bình chọn", "People who voted"), analysis.Basis.People),
                new AnalysisFigure("opinions", new LocalText("Số ý kiến (phương án được chọn)", "Opinions (options chosen)"), analysis.Questions.Sum(q => q.Options.Sum(o => o.Count))),
                new AnalysisFigure("changedVotes", new LocalText("Số lần đổi phiếu", "Votes changed"), PollTally.ChangedVotesIn(tally)),
                new AnalysisFigure("web", new LocalText("Phiếu qua cổng thông tin", "Votes on the web"), tally.CountedBy(InputChannel.Web, options)),
                new AnalysisFigure("enumerator", new LocalText("Phiếu do cán bộ nhập (SMS, điện thoại)", "Votes entered by staff (SMS, phone)"), tally.CountedBy(InputChannel.Enumerator, options)),
                .. VoterIdentifier.Confirmed(context) ? Array.Empty<AnalysisFigure>() : [PollSurface.UnverifiedFigure(counted)],
            ],
        };
    }

    private static async ValueTask<JsonElement?> SetUpAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        // Once anything was cast the questions stay as the voters saw them.
        if (await context.Inputs.CountAsync(InputQuery.All, cancellationToken).ConfigureAwait(false) > 0)
        {
            throw Refusal(context, OnlinePollCodes.SetUpLocked, "Đã có phiếu bình chọn: không thể thay đổi câu hỏi. / Votes were cast: the questions cannot change.");
        }

        var poll = SetUpReader.Read(context, payload);
        var current = await context.Records.GetAsync(PollDefinition.Collection, PollDefinition.Key, cancellationToken).ConfigureAwait(false);
        var version = await context.Records.PutAsync(PollDefinition.Collection, PollDefinition.Key, PollJson.ToElement(poll), current?.Version ?? 0, cancellationToken).ConfigureAwait(false);
        return PollJson.ToElement(new SetUpResult(poll.StatusAt(context.Now), poll.OpensAt, poll.ClosesAt, poll.Questions.Count, version));
    }

    private static async ValueTask<PollDefinition?> DefinitionAsync(ToolContext context, CancellationToken cancellationToken)
    {
        var record = await context.Records.GetAsync(PollDefinition.Collection, PollDefinition.Key, cancellationToken).ConfigureAwait(false);
        return record is null ? null : PollJson.FromElement<PollDefinition>(record.Value);
    }

    /// <summary>Web votes need 'web' among the config's channels; staff-entered votes 'enumerator' or 'sms'. No channels in the config: both.</summary>
    private static bool Accepts(ToolContext context, InputChannel channel)
    {
        if (channel is not (InputChannel.Web or InputChannel.Enumerator))
        {
            return false;
        }

        if (context.Config.ValueKind != JsonValueKind.Object || !context.Config.TryGetProperty("channels", out var channels) || channels.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var named = channels.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()).ToList();
        return channel == InputChannel.Web ? named.Contains("web") : named.Contains("enumerator") || named.Contains("sms");
    }

    private static void RequireStaff(ToolContext context, string action)
    {
        if (context.Actor is null)
        {
            throw Refusal(context, ToolCodes.NotAllowed, $"Chỉ cán bộ được thực hiện '{action}'. / Only staff may '{action}'.");
        }
    }

    private static ToolException Refusal(ToolContext context, string code, string message) =>
        new(code, message) { ToolId = ToolId, InstanceId = context.InstanceId, StepId = context.StepId };
}

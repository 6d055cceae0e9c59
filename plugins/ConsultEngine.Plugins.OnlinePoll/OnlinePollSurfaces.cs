using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>
/// The poll's surfaces (SDK 1.2): the ballot the portal shows (only when the config takes web votes),
/// the evaluation of a ballot filled in so far with the same checks as a vote, and the results for staff.
/// </summary>
public sealed partial class OnlinePollTool : IToolSurfaces
{
    public async ValueTask<PublicSurface?> DescribePublicAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Accepts(context, InputChannel.Web))
        {
            return null;
        }

        var poll = await DefinitionAsync(context, cancellationToken).ConfigureAwait(false);
        if (poll is null)
        {
            return PollSurface.NotSetUp();
        }

        PollTally? published = null;
        if (context.ConfigBool("publishTallies"))
        {
            published = PollTally.Of(poll, await PollTally.ReadAsync(context, poll, cancellationToken).ConfigureAwait(false), context.Now);
        }

        return PollSurface.Of(poll, VoterIdentifier.Of(context), VoterIdentifier.Confirmed(context), context.ConfigBool("allowVoteChange"), published, context.Now);
    }

    /// <summary>
    /// What <see cref="CollectAsync"/> would refuse the ballot for: the window, each answer, the voter's number.
    /// "No question answered" is put at the first question, where the ballot shows it. A second vote is only
    /// known when the vote is stored.
    /// </summary>
    public async ValueTask<FormEvaluation> EvaluateAsync(ToolContext context, string formId, JsonElement body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (formId is not (PollSurface.MainForm or PollSurface.EntryForm))
        {
            throw Refusal(context, ToolCodes.UnknownForm, $"Cuộc bình chọn không có biểu mẫu '{formId}'. / The poll has no form '{formId}'.");
        }

        var poll = await DefinitionAsync(context, cancellationToken).ConfigureAwait(false)
            ?? throw Refusal(context, OnlinePollCodes.NotSetUp, "Cuộc bình chọn chưa được thiết lập. / The poll is not set up yet.");
        var verification = VoterIdentifier.Of(context);
        var form = formId == PollSurface.EntryForm ? PollSurface.Entry(poll, verification) : PollSurface.Ballot(poll, verification, VoterIdentifier.Confirmed(context), context.ConfigBool("allowVoteChange"));
        var problems = new List<ToolProblem>();
        if (VoteChecks.Window(poll, context.Now) is { } outside)
        {
            problems.Add(outside);
        }

        var given = body.ValueKind == JsonValueKind.Object ? body : default;
        JsonElement? answers = given.ValueKind == JsonValueKind.Object && given.TryGetProperty("answers", out var a) ? a : null;
        var found = new List<ToolProblem>();
        VoteReader.Read(poll, answers, found);
        var first = PollSurface.AnswerPath(poll.Questions[0].Id);
        problems.AddRange(found.Select(p => p.Path == "/answers" ? p with { Path = first } : p));

        var identifier = given.ValueKind == JsonValueKind.Object && given.TryGetProperty("identifier", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        VoteChecks.Identifier(verification, identifier, problems);
        return FormEvaluation.All(form) with { Problems = problems };
    }

    /// <summary>
    /// The analysis in the shared views (its figures: people, opinions, changed votes, votes by channel) and the
    /// voting window; where the config takes votes by SMS or telephone, the form staff enter them with.
    /// </summary>
    public async ValueTask<StaffSurface> DescribeStaffAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = await AnalyseAsync(context, AnalysisOptions.Default, cancellationToken).ConfigureAwait(false);
        var poll = await DefinitionAsync(context, cancellationToken).ConfigureAwait(false);
        List<SurfaceView> results = [.. AnalysisViews.From(analysis)];
        if (!VoterIdentifier.Confirmed(context))
        {
            results.Insert(0, PollSurface.UnverifiedNotice());
        }

        results.Insert(0, new TextView
        {
            Id = "poll-window",
            Title = new("Thời gian bình chọn", "Voting window"),
            Paragraphs = poll is null
                ? [new("Cuộc bình chọn chưa được thiết lập.", "The poll is not set up yet.")]
                : [Window(poll, context.Now), PollSurface.Instructions(VoterIdentifier.Of(context), VoterIdentifier.Confirmed(context), context.ConfigBool("allowVoteChange"))],
        });
        return new StaffSurface
        {
            Forms = poll is not null && Accepts(context, InputChannel.Enumerator) ? [PollSurface.Entry(poll, VoterIdentifier.Of(context))] : [],
            Results = results,
        };
    }

    // Staff read the window on Vietnam's clock (UTC+7 all year), as the portal shows it to voters (the poll stores it as set, often UTC).
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static LocalText Window(PollDefinition poll, DateTimeOffset now)
    {
        var opens = poll.OpensAt.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
        var closes = poll.ClosesAt.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
        var (vi, en) = poll.StatusAt(now) switch
        {
            "not-open" => ("chưa mở", "not open yet"),
            "open" => ("đang mở", "open"),
            _ => ("đã đóng", "closed"),
        };
        return new($"Từ {opens} đến {closes} ({vi}).", $"From {opens} to {closes} ({en}).");
    }
}

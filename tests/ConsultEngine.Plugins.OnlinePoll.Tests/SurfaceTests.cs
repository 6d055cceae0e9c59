using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

public class SurfaceTests
{
    private static IToolSurfaces Surfaces(ToolTestBench bench) => Assert.IsAssignableFrom<IToolSurfaces>(bench.Tool);

    private static async Task<PublicSurface?> PublicAsync(ToolTestBench bench) =>
        await Surfaces(bench).DescribePublicAsync(bench.Context(actor: null), CancellationToken.None);

    [Fact]
    public async Task PublicSurface_OfAnOpenPoll_HasTheWindowAndABallotWithAFieldPerQuestionThenThePhoneNumber()
    {
        var bench = await PollBench.OpenAsync();
        var surface = Assert.IsType<PublicSurface>(await PublicAsync(bench));

        Assert.Equal(SurfaceStatus.Open, surface.Status);
        Assert.Equal(PollBench.Opens, surface.OpensAt);
        Assert.Equal(PollBench.Closes, surface.ClosesAt);
        var form = Assert.Single(surface.Forms);
        Assert.Equal("main", form.Id);
        Assert.Equal(FormTarget.Submission, form.Target);
        Assert.Equal(["/answers/thu-phi", "/answers/uu-tien", "/identifier"], form.Fields.Select(f => f.Path));

        var single = form.Fields[0];
        Assert.Equal(FieldWidget.Radio, single.Widget);
        Assert.Equal(["dong-y", "khong-dong-y", "chua-co-y-kien"], single.Choices.Select(c => c.Value));
        Assert.Null(single.MaxChoices);
        var multiple = form.Fields[1];
        Assert.Equal(FieldWidget.Checkboxes, multiple.Widget);
        Assert.Equal(2, multiple.MaxChoices);
        Assert.Equal("Xây thêm bãi đỗ xe công cộng", multiple.Choices[0].Label.Vi);

        var identifier = form.Fields[2];
        Assert.True(identifier.Personal);
        Assert.True(identifier.Required);
        Assert.Equal("numeric", identifier.InputMode);
        Assert.Equal("tel", identifier.Autocomplete);
        Assert.Equal("Mobile phone number", identifier.Label.En);
    }

    [Fact]
    public async Task PublicSurface_VerifiedByCitizenId_LabelsTheNumberSoAndTurnsAutocompleteOff()
    {
        var bench = await PollBench.OpenAsync("""{ "verification": "citizen-id" }""");
        var identifier = (await PublicAsync(bench))!.Forms[0].Fields.Single(f => f.Path == "/identifier");
        Assert.Equal("Citizen ID number", identifier.Label.En);
        Assert.Equal("off", identifier.Autocomplete);
        Assert.Equal("numeric", identifier.InputMode);
    }

    [Fact]
    public async Task PublicSurface_FollowsTheWindow_NotYetOpenThenClosedWithoutBallot()
    {
        var bench = PollBench.Create();
        Assert.Equal(SurfaceStatus.NotYetOpen, (await PublicAsync(bench))!.Status);
        Assert.Empty((await PublicAsync(bench))!.Forms);

        await bench.ExecuteAsync("set-up", PollBench.SetUpJson);
        var before = (await PublicAsync(bench))!;
        Assert.Equal(SurfaceStatus.NotYetOpen, before.Status);
        Assert.Single(before.Forms);

        bench.Clock.AdvanceTo(PollBench.Closes);
        var after = (await PublicAsync(bench))!;
        Assert.Equal(SurfaceStatus.Closed, after.Status);
        Assert.Empty(after.Forms);
    }

    [Theory]
    [InlineData("""{ "channels": ["enumerator", "sms"] }""", false)]
    [InlineData("""{ "channels": ["web", "sms"] }""", true)]
    [InlineData("""{ }""", true)]
    public async Task PublicSurface_IsOfferedOnlyWhenTheConfigTakesWebVotes(string config, bool offered)
    {
        var bench = await PollBench.OpenAsync(config);
        Assert.Equal(offered, await PublicAsync(bench) is not null);
    }

    [Fact]
    public async Task PublicSurface_ShowsTalliesOnlyWhenTheConfigPublishesThem()
    {
        var hidden = await PollBench.OpenAsync();
        await hidden.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }"""));
        Assert.Empty((await PublicAsync(hidden))!.Reads);

        var published = await PollBench.OpenAsync("""{ "verification": "phone", "publishTallies": true }""");
        await published.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y", "uu-tien": ["xe-buyt", "via-he"] }"""));
        await published.SubmitAsync(PollBench.Vote("0905123457", """{ "thu-phi": "khong-dong-y" }"""));
        var reads = (await PublicAsync(published))!.Reads;
        Assert.Equal(["poll-unverified", "tally-thu-phi", "tally-uu-tien"], reads.Select(r => r.Id));
        var shares = Assert.IsType<SharesView>(reads[1]);
        Assert.Equal(2, shares.Answered);
        Assert.Equal(1, shares.Items.Single(i => i.Value == "dong-y").Count);
        Assert.Equal(0.5, shares.Items.Single(i => i.Value == "dong-y").Share);
    }

    [Fact]
    public async Task PublicSurface_Instructions_SayOneVoteOrThatAVoteMayChange()
    {
        var once = (await PublicAsync(await PollBench.OpenAsync()))!.Instructions!;
        var change = (await PublicAsync(await PollBench.OpenAsync("""{ "allowVoteChange": true }""")))!.Instructions!;
        Assert.Equal("Each person may vote only once.", once.En);
        Assert.Contains("replaces the earlier one", change.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicSurface_OfAnUnverifiedPoll_SaysSoAndAsksNoNumber_AndTheVoteIsTakenWithoutOne()
    {
        var bench = await PollBench.OpenAsync("""{ "verification": "none" }""");
        var surface = (await PublicAsync(bench))!;
        Assert.Contains("không xác thực", surface.Instructions!.Vi, StringComparison.Ordinal);
        Assert.DoesNotContain(surface.Forms[0].Fields, f => f.Path == "/identifier");

        var vote = await bench.SubmitAsync(new Submission { Channel = InputChannel.Web, Answers = ToolTestBench.Parse("""{ "thu-phi": "dong-y" }""") });
        Assert.True(vote.Accepted);
        Assert.Null((await bench.Inputs.ReadAsync(InputQuery.All)).Single().UniqueKey);
    }

    [Fact]
    public async Task Evaluate_EmptyBallot_PutsTheMissingAnswerAtTheFirstQuestionAndTheMissingNumberAtTheIdentifier()
    {
        var bench = await PollBench.OpenAsync();
        var evaluation = await EvaluateAsync(bench, "{}");
        Assert.Equal(["/answers/thu-phi", "/answers/uu-tien", "/identifier"], evaluation.Show);
        Assert.Equal([(OnlinePollCodes.NoAnswer, "/answers/thu-phi"), (OnlinePollCodes.IdentifierMissing, "/identifier")], Problems(evaluation));
    }

    [Fact]
    public async Task Evaluate_TooManyChoicesAndAMalformedNumber_AreProblemsAtTheirFields()
    {
        var bench = await PollBench.OpenAsync();
        var evaluation = await EvaluateAsync(bench, """{ "answers": { "thu-phi": "dong-y", "uu-tien": ["bai-do-xe", "xe-buyt", "via-he"] }, "identifier": "12345" }""");
        Assert.Equal([(OnlinePollCodes.TooManyChoices, "/answers/uu-tien"), (OnlinePollCodes.IdentifierInvalid, "/identifier")], Problems(evaluation));
    }

    [Fact]
    public async Task Evaluate_AGoodBallot_HasNoProblem_AndTheVoteIsAccepted()
    {
        var bench = await PollBench.OpenAsync();
        var evaluation = await EvaluateAsync(bench, """{ "answers": { "thu-phi": "dong-y", "uu-tien": ["xe-buyt"] }, "identifier": "0905 123 456" }""");
        Assert.Empty(evaluation.Problems);
        Assert.True((await bench.SubmitAsync(PollBench.Vote("0905 123 456", """{ "thu-phi": "dong-y", "uu-tien": ["xe-buyt"] }"""))).Accepted);
    }

    [Fact]
    public async Task Evaluate_OutsideTheWindow_SaysTheBallotIsRefused()
    {
        var bench = await PollBench.OpenAsync();
        bench.Clock.AdvanceTo(PollBench.Closes);
        var evaluation = await EvaluateAsync(bench, """{ "answers": { "thu-phi": "dong-y" }, "identifier": "0905123456" }""");
        Assert.Equal([(OnlinePollCodes.Closed, "")], Problems(evaluation));
    }

    [Fact]
    public async Task Evaluate_AnUnknownForm_IsRefusedUnknownForm()
    {
        var bench = await PollBench.OpenAsync();
        var refusal = await Assert.ThrowsAsync<ToolException>(() => EvaluateAsync(bench, "{}", "register"));
        Assert.Equal(ToolCodes.UnknownForm, refusal.Code);
    }

    [Fact]
    public async Task StaffSurface_CarriesTheAnalysisViewsWithThePollsFigures()
    {
        var bench = await PollBench.OpenAsync();
        await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }"""));
        var staff = await Surfaces(bench).DescribeStaffAsync(bench.Context(), CancellationToken.None);

        var basis = Assert.IsType<FiguresView>(staff.Results.Single(r => r.Id == "basis"));
        Assert.Equal(1, basis.Figures.Single(f => f.Name == "web").Value);
        Assert.IsType<SharesView>(staff.Results.Single(r => r.Id == "question-thu-phi"));
        Assert.IsType<TextView>(staff.Results.Single(r => r.Id == "poll-window"));
    }

    [Fact]
    public async Task StaffSurface_WritesTheVotingWindowInVietnamsTime_WhateverOffsetItWasSetIn()
    {
        var bench = PollBench.Create();
        await bench.OpenAsync();
        // The same window as the bench's (09:00 to 17:00 in Vietnam), set in UTC as an API client may send it.
        await bench.ExecuteAsync("set-up", PollBench.SetUpJson
            .Replace("2026-01-05T09:00:00+07:00", "2026-01-05T02:00:00Z", StringComparison.Ordinal)
            .Replace("2026-01-05T17:00:00+07:00", "2026-01-05T10:00:00Z", StringComparison.Ordinal));
        bench.Clock.AdvanceTo(PollBench.Opens);

        var staff = await Surfaces(bench).DescribeStaffAsync(bench.Context(), CancellationToken.None);

        var window = Assert.IsType<TextView>(staff.Results.Single(r => r.Id == "poll-window")).Paragraphs[0];
        var opens = PollBench.Opens.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
        var closes = PollBench.Closes.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(opens, window.Vi, StringComparison.Ordinal);
        Assert.Contains(closes, window.Vi, StringComparison.Ordinal);
        Assert.Contains(opens, window.En, StringComparison.Ordinal);
        Assert.EndsWith("+07:00", opens, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffSurface_OffersTheEntryOfSmsAndTelephoneVotesOnlyWhereTheConfigTakesThem()
    {
        var phone = await PollBench.OpenAsync("""{ "channels": ["web", "sms"] }""");
        var entry = Assert.Single((await Surfaces(phone).DescribeStaffAsync(phone.Context(), CancellationToken.None)).Forms);
        Assert.Equal("entry", entry.Id);
        Assert.Equal(FormTarget.Submission, entry.Target);
        Assert.Equal("off", entry.Fields.Single(f => f.Path == "/identifier").Autocomplete);
        var evaluation = await Surfaces(phone).EvaluateAsync(phone.Context(), "entry", ToolTestBench.Parse("""{ "answers": { "thu-phi": "dong-y" } }"""), CancellationToken.None);
        Assert.Equal([(OnlinePollCodes.IdentifierMissing, "/identifier")], Problems(evaluation));

        var web = await PollBench.OpenAsync("""{ "channels": ["web"] }""");
        Assert.Empty((await Surfaces(web).DescribeStaffAsync(web.Context(), CancellationToken.None)).Forms);
    }

    private static async Task<FormEvaluation> EvaluateAsync(ToolTestBench bench, string body, string form = "main") =>
        await Surfaces(bench).EvaluateAsync(bench.Context(actor: null), form, ToolTestBench.Parse(body), CancellationToken.None);

    private static List<(string Code, string Path)> Problems(FormEvaluation evaluation) => [.. evaluation.Problems.Select(p => (p.Code, p.Path))];
}

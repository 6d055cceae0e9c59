using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

public class VoteTests
{
    [Fact]
    public async Task Vote_BeforeSetUp_RefusedNotSetUp()
    {
        var bench = PollBench.Create();
        var vote = await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }"""));
        Assert.Equal([OnlinePollCodes.NotSetUp], vote.Codes);
        Assert.Equal(OnlinePollCodes.NotSetUp, await PollBench.RefusalCodeAsync(bench, "tally", "{}"));
    }

    [Fact]
    public async Task Vote_IsRefusedBeforeTheOpenAndFromTheCloseTime()
    {
        var bench = PollBench.Create();
        await bench.ExecuteAsync("set-up", PollBench.SetUpJson);
        Assert.Equal([OnlinePollCodes.NotOpenYet], (await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }"""))).Codes);

        bench.Clock.AdvanceTo(PollBench.Opens);
        Assert.True((await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }"""))).Accepted);

        bench.Clock.AdvanceTo(PollBench.Closes.AddTicks(-1));
        Assert.True((await bench.SubmitAsync(PollBench.Vote("0905123457", """{ "thu-phi": "dong-y" }"""))).Accepted);

        bench.Clock.AdvanceTo(PollBench.Closes);
        Assert.Equal([OnlinePollCodes.Closed], (await bench.SubmitAsync(PollBench.Vote("0905123458", """{ "thu-phi": "dong-y" }"""))).Codes);
        Assert.Equal(2, await bench.Inputs.CountAsync(InputQuery.All));
    }

    [Theory]
    [InlineData("0905123456")]
    [InlineData("090 512 3456")]
    [InlineData("0905.123.456")]
    [InlineData("+84 905 123 456")]
    [InlineData("84905123456")]
    [InlineData("0385123456")]
    public async Task Vote_WithAVietnameseMobileNumber_Accepted(string phone)
    {
        var bench = await PollBench.OpenAsync();
        Assert.True((await bench.SubmitAsync(PollBench.Vote(phone, """{ "thu-phi": "dong-y" }"""))).Accepted);
    }

    [Theory]
    [InlineData("", OnlinePollCodes.IdentifierMissing)]
    [InlineData("   ", OnlinePollCodes.IdentifierMissing)]
    [InlineData("090512345", OnlinePollCodes.IdentifierInvalid)]
    [InlineData("09051234567", OnlinePollCodes.IdentifierInvalid)]
    [InlineData("02363822222", OnlinePollCodes.IdentifierInvalid)]
    [InlineData("0105123456", OnlinePollCodes.IdentifierInvalid)]
    [InlineData("09O5123456", OnlinePollCodes.IdentifierInvalid)]
    [InlineData("048090001234", OnlinePollCodes.IdentifierInvalid)]
    public async Task Vote_WithoutAUsablePhoneNumber_RefusedWithItsCode(string phone, string code)
    {
        var bench = await PollBench.OpenAsync();
        var vote = await bench.SubmitAsync(PollBench.Vote(phone, """{ "thu-phi": "dong-y" }"""));
        Assert.Equal([code], vote.Codes);
        if (phone.Trim().Length > 0)
        {
            Assert.All(vote.Result.Problems, p => Assert.DoesNotContain(phone, p.Message, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("048090001234", true)]
    [InlineData("048 090 001 234", true)]
    [InlineData("0905123456", false)]
    [InlineData("04809000123", false)]
    [InlineData("04809000123X", false)]
    public async Task Vote_VerifiedByCitizenId_NeedsTwelveDigits(string citizenId, bool accepted)
    {
        var bench = await PollBench.OpenAsync("""{ "verification": "citizen-id" }""");
        var vote = await bench.SubmitAsync(PollBench.Vote(citizenId, """{ "thu-phi": "dong-y" }"""));
        Assert.Equal(accepted, vote.Accepted);
        Assert.Equal(accepted ? [] : [OnlinePollCodes.IdentifierInvalid], vote.Codes);
    }

    [Theory]
    [InlineData("""{}""", OnlinePollCodes.NoAnswer)]
    [InlineData("""{ "thu-phi": null }""", OnlinePollCodes.NoAnswer)]
    [InlineData("""{ "gia-ve": "dong-y" }""", OnlinePollCodes.UnknownQuestion)]
    [InlineData("""{ "thu-phi": "co-le" }""", OnlinePollCodes.UnknownOption)]
    [InlineData("""{ "uu-tien": ["xe-buyt", "tau-dien"] }""", OnlinePollCodes.UnknownOption)]
    [InlineData("""{ "thu-phi": ["dong-y"] }""", OnlinePollCodes.AnswerShape)]
    [InlineData("""{ "uu-tien": "xe-buyt" }""", OnlinePollCodes.AnswerShape)]
    [InlineData("""{ "uu-tien": ["xe-buyt", 2] }""", OnlinePollCodes.AnswerShape)]
    [InlineData("""{ "uu-tien": ["xe-buyt", "via-he", "cay-xanh"] }""", OnlinePollCodes.TooManyChoices)]
    [InlineData("""{ "uu-tien": ["xe-buyt", "xe-buyt"] }""", OnlinePollCodes.RepeatedChoice)]
    public async Task Vote_WithUnusableAnswers_RefusedWithItsCode(string answers, string code)
    {
        var bench = await PollBench.OpenAsync();
        var vote = await bench.SubmitAsync(PollBench.Vote("0905123456", answers));
        Assert.Equal([code], vote.Codes);
        Assert.Equal(0, await bench.Inputs.CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task Vote_WithoutAnswers_RefusedNoAnswer()
    {
        var bench = await PollBench.OpenAsync();
        var vote = await bench.SubmitAsync(new Submission { Channel = InputChannel.Web, Identifier = "0905123456" });
        Assert.Equal([OnlinePollCodes.NoAnswer], vote.Codes);
    }

    [Fact]
    public async Task Vote_OnPaper_RefusedChannelNotAccepted()
    {
        var bench = await PollBench.OpenAsync();
        Assert.Equal([OnlinePollCodes.ChannelNotAccepted], (await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }""", InputChannel.Paper))).Codes);
    }

    [Fact]
    public async Task Vote_ThroughAnEnumerator_NeedsSmsOrEnumeratorAmongTheConfigChannels()
    {
        var webOnly = await PollBench.OpenAsync("""{ "channels": ["web"] }""");
        Assert.Equal([OnlinePollCodes.ChannelNotAccepted], (await webOnly.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }""", InputChannel.Enumerator))).Codes);

        var withSms = await PollBench.OpenAsync("""{ "channels": ["web", "sms"] }""");
        var vote = await withSms.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }""", InputChannel.Enumerator));
        Assert.True(vote.Accepted);
        Assert.Equal("tongdai-1022", vote.Result.Inputs[0].Collector);
    }

    [Fact]
    public async Task SecondVote_BySamePerson_RefusedAlreadySubmitted()
    {
        var bench = await PollBench.OpenAsync();
        Assert.True((await bench.SubmitAsync(PollBench.Vote("0905 123 456", """{ "thu-phi": "dong-y" }"""))).Accepted);

        var second = await bench.SubmitAsync(PollBench.Vote("+84905123456", """{ "thu-phi": "khong-dong-y" }"""));

        Assert.False(second.Accepted);
        Assert.Equal([ToolCodes.AlreadySubmitted], second.Codes);
        var tally = (await bench.ExecuteAsync("tally", "{}"))!.Value;
        Assert.Equal(1, tally.GetProperty("people").GetInt32());
        Assert.Equal(1, PollBench.Count(PollBench.Question(tally, "thu-phi"), "dong-y"));
        Assert.Equal(0, PollBench.Count(PollBench.Question(tally, "thu-phi"), "khong-dong-y"));
    }

    [Fact]
    public async Task SecondVote_WhereVotesMayChange_ReplacesTheFirstUntilTheClose()
    {
        var bench = await PollBench.OpenAsync("""{ "verification": "phone", "allowVoteChange": true }""");
        var first = await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y", "uu-tien": ["xe-buyt"] }"""));
        bench.Clock.Advance(TimeSpan.FromHours(1));

        var second = await bench.SubmitAsync(PollBench.Vote("+84 905 123 456", """{ "thu-phi": "khong-dong-y", "uu-tien": ["via-he", "cay-xanh"] }"""));

        Assert.True(second.Accepted);
        Assert.Equal(AppendStatus.Replaced, second.Stored[0].Status);
        Assert.Equal(first.Result.Inputs[0].Id, second.Stored[0].Previous);
        var earlier = await bench.Inputs.FindAsync(first.Result.Inputs[0].Id);
        Assert.True(earlier!.Is(InputMarks.Withdrawn));

        var tally = (await bench.ExecuteAsync("tally", "{}"))!.Value;
        Assert.Equal(1, tally.GetProperty("people").GetInt32());
        Assert.Equal(1, tally.GetProperty("changedVotes").GetInt32());
        Assert.Equal(0, PollBench.Count(PollBench.Question(tally, "thu-phi"), "dong-y"));
        Assert.Equal(1, PollBench.Count(PollBench.Question(tally, "thu-phi"), "khong-dong-y"));
        Assert.Equal(0, PollBench.Count(PollBench.Question(tally, "uu-tien"), "xe-buyt"));

        var analysis = await bench.AnalyseAsync();
        Assert.Equal(1, analysis.Basis.Counted);
        Assert.Equal(1, analysis.Basis.ExcludedWithdrawn);
        Assert.Equal(1, analysis.Figures.Single(f => f.Name == "changedVotes").Value);

        bench.Clock.AdvanceTo(PollBench.Closes);
        Assert.Equal([OnlinePollCodes.Closed], (await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }"""))).Codes);
    }

    [Fact]
    public async Task Close_KeepsTheFinalCounts()
    {
        var bench = await PollBench.OpenAsync();
        await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y", "uu-tien": ["xe-buyt", "via-he"] }"""));
        bench.Clock.AdvanceTo(PollBench.Closes);
        await bench.CloseAsync();
        await bench.CloseAsync();

        var closing = (await bench.Records.GetAsync("poll", "closing"))!;
        Assert.Equal(1, closing.Version);
        Assert.Equal(1, closing.Value.GetProperty("people").GetInt32());
        Assert.Equal(3, closing.Value.GetProperty("opinions").GetInt32());
    }
}

using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

public class TallyTests
{
    [Fact]
    public async Task Tally_CountsPeopleAndOpinionsApart()
    {
        var bench = await PollBench.OpenAsync();
        await bench.SubmitAsync(PollBench.Vote("0905000001", """{ "thu-phi": "dong-y", "uu-tien": ["xe-buyt", "via-he"] }"""));
        await bench.SubmitAsync(PollBench.Vote("0905000002", """{ "thu-phi": "dong-y", "uu-tien": ["xe-buyt"] }"""));
        await bench.SubmitAsync(PollBench.Vote("0905000003", """{ "thu-phi": "khong-dong-y" }"""));

        var tally = (await bench.ExecuteAsync("tally", "{}"))!.Value;

        Assert.Equal("open", tally.GetProperty("status").GetString());
        Assert.Equal(3, tally.GetProperty("people").GetInt32());
        Assert.Equal(6, tally.GetProperty("opinions").GetInt32());
        var priorities = PollBench.Question(tally, "uu-tien");
        Assert.Equal(2, priorities.GetProperty("people").GetInt32());
        Assert.Equal(3, priorities.GetProperty("opinions").GetInt32());
        var bus = priorities.GetProperty("options").EnumerateArray().First(o => o.GetProperty("value").GetString() == "xe-buyt");
        Assert.Equal(2, bus.GetProperty("count").GetInt32());
        Assert.Equal(1.0, bus.GetProperty("shareOfPeople").GetDouble());
        Assert.Equal(2.0 / 3, bus.GetProperty("shareOfOpinions").GetDouble());
    }

    [Fact]
    public async Task Tally_BeforeTheOpen_SaysSoWithZeroCounts()
    {
        var bench = PollBench.Create();
        await bench.ExecuteAsync("set-up", PollBench.SetUpJson);
        var tally = (await bench.ExecuteAsync("tally", "{}"))!.Value;
        Assert.Equal("not-open", tally.GetProperty("status").GetString());
        Assert.Equal(0, tally.GetProperty("people").GetInt32());
    }

    [Fact]
    public async Task Analysis_FiguresCountPeopleOpinionsAndChannels()
    {
        var bench = await PollBench.OpenAsync();
        await bench.SubmitAsync(PollBench.Vote("0905000001", """{ "thu-phi": "dong-y", "uu-tien": ["xe-buyt", "via-he"] }"""));
        await bench.SubmitAsync(PollBench.Vote("0905000002", """{ "uu-tien": ["cay-xanh"] }""", InputChannel.Enumerator));

        var analysis = await bench.AnalyseAsync();

        double Figure(string name) => (double)analysis.Figures.Single(f => f.Name == name).Value!;
        Assert.Equal(2, Figure("people"));
        Assert.Equal(4, Figure("opinions"));
        Assert.Equal(0, Figure("changedVotes"));
        Assert.Equal(1, Figure("web"));
        Assert.Equal(1, Figure("enumerator"));
        Assert.Equal([QuestionShape.SingleChoice, QuestionShape.MultipleChoice], analysis.Questions.Select(q => q.Shape));
    }
}

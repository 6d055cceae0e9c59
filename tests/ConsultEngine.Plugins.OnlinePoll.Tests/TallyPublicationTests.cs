namespace ConsultEngine.Plugins.OnlinePoll.Tests;

/// <summary>
/// The live tallies follow one rule whichever way they are read: the public sees them (on the poll's page or by
/// the public action <c>tally</c>) only where the config's <c>publishTallies</c> says so; staff always do.
/// </summary>
public class TallyPublicationTests
{
    [Fact]
    public async Task PublicTally_WhereTheConfigDoesNotPublishTallies_IsRefused()
    {
        var bench = await PollBench.OpenAsync();
        await bench.SubmitAsync(PollBench.Vote("0905000001", """{ "thu-phi": "dong-y" }"""));

        Assert.Equal(OnlinePollCodes.TalliesNotPublished, await PollBench.RefusalCodeAsync(bench, "tally", "{}", actor: null));
    }

    [Fact]
    public async Task PublicTally_WherePublishTalliesIsFalse_IsRefused()
    {
        var bench = await PollBench.OpenAsync("""{ "verification": "phone", "publishTallies": false }""");

        Assert.Equal(OnlinePollCodes.TalliesNotPublished, await PollBench.RefusalCodeAsync(bench, "tally", "{}", actor: null));
    }

    [Fact]
    public async Task PublicTally_WhereTheConfigPublishesTallies_GivesTheCounts()
    {
        var bench = await PollBench.OpenAsync("""{ "verification": "phone", "publishTallies": true }""");
        await bench.SubmitAsync(PollBench.Vote("0905000001", """{ "thu-phi": "dong-y" }"""));

        var tally = (await bench.ExecuteAsync("tally", "{}", actor: null))!.Value;

        Assert.Equal(1, tally.GetProperty("people").GetInt32());
    }

    [Fact]
    public async Task StaffTally_WhereTheConfigDoesNotPublishTallies_GivesTheCounts()
    {
        var bench = await PollBench.OpenAsync();
        await bench.SubmitAsync(PollBench.Vote("0905000001", """{ "thu-phi": "dong-y" }"""));
        await bench.SubmitAsync(PollBench.Vote("0905000002", """{ "thu-phi": "khong-dong-y" }"""));

        var tally = (await bench.ExecuteAsync("tally", "{}", actor: "staff"))!.Value;

        Assert.Equal(2, tally.GetProperty("people").GetInt32());
    }

    [Fact]
    public async Task PublicTally_OfAPollNotSetUp_WhereTalliesAreNotPublished_SaysNotPublished()
    {
        var bench = PollBench.Create();

        Assert.Equal(OnlinePollCodes.TalliesNotPublished, await PollBench.RefusalCodeAsync(bench, "tally", "{}", actor: null));
    }
}

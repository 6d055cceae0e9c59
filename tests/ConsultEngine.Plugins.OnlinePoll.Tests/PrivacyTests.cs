using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

public class PrivacyTests
{
    [Theory]
    [InlineData("phone", "+84 905 987 654", new[] { "+84 905 987 654", "0905987654", "905987654", "84905987654" })]
    [InlineData("citizen-id", "048 090 001 234", new[] { "048 090 001 234", "048090001234" })]
    public async Task Identifier_IsNeverStored_OnlyItsKeyedHash(string verification, string identifier, string[] forms)
    {
        var bench = await PollBench.OpenAsync($$"""{ "verification": "{{verification}}", "allowVoteChange": true }""");
        await bench.SubmitAsync(PollBench.Vote(identifier, """{ "thu-phi": "dong-y" }"""));
        await bench.SubmitAsync(PollBench.Vote(identifier, """{ "thu-phi": "khong-dong-y" }""", InputChannel.Enumerator));
        var refused = await bench.SubmitAsync(PollBench.Vote(identifier, """{ "thu-phi": "co-le" }"""));
        await bench.ExecuteAsync("tally", "{}");
        bench.Clock.AdvanceTo(PollBench.Closes);
        await bench.CloseAsync();

        var stored = BenchDump.Everything(bench);
        Assert.All(forms, form => Assert.DoesNotContain(form, stored, StringComparison.Ordinal));
        Assert.All(refused.Result.Problems, p => Assert.All(forms, form => Assert.DoesNotContain(form, p.Message, StringComparison.Ordinal)));

        var votes = await bench.Inputs.ReadAsync(InputQuery.All);
        var key = bench.Identifiers.Hash("online-poll:" + verification, identifier);
        Assert.All(votes, v => Assert.Equal(key, v.UniqueKey));
        Assert.All(votes, v => Assert.Null(v.Text));
    }
}

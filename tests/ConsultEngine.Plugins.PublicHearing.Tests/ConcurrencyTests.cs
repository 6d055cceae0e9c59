using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task Register_InParallel_NeverSeatsMoreThanTheCapacity()
    {
        const int capacity = 20;
        const int people = 80;
        var bench = await HearingBench.WithSessionAsync(capacity);
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(1, people).Select(i => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                var result = await HearingBench.RegisterAsync(bench, $"Người Tham Dự {i}", $"0905{i:D6}");
                return result.GetProperty("status").GetString();
            }
            catch (ToolException busy) when (busy.Code == PublicHearingCodes.Busy)
            {
                return "busy";
            }
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(tasks);

        var roster = await HearingBench.RosterAsync(bench);
        var counts = roster.GetProperty("counts");
        Assert.Equal(capacity, counts.GetProperty("registered").GetInt32());
        Assert.Equal(capacity, outcomes.Count(o => o == "registered"));
        Assert.Equal(outcomes.Count(o => o == "waiting"), counts.GetProperty("waiting").GetInt32());
        Assert.Equal(outcomes.Count(o => o != "busy"), roster.GetProperty("registrations").GetArrayLength());
        var numbers = roster.GetProperty("registrations").EnumerateArray().Select(r => r.GetProperty("number").GetInt32()).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(outcomes, o => Assert.True(o is "registered" or "waiting" or "busy", o));
    }
}

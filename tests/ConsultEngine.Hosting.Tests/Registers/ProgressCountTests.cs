using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Tests.Registers;

public sealed class ProgressCountTests
{
    private static readonly RegisterSampling Rule = new(Threshold: 10, SampleSize: 4, Seed: 7);

    [Fact]
    public void AtOrBelowTheThreshold_TheRegisterIsComplete_OnlyWhenEveryOpinionIsDispositioned()
    {
        var entries = Entries(10, dispositioned: id => id != "op-3");

        var progress = ProgressCount.Of(entries, Rule);

        Assert.Equal((10, 9, 1), (progress.Total, progress.Dispositioned, progress.Remaining));
        Assert.Equal(9, progress.ByKind[DispositionKind.TakenUp]);
        Assert.False(progress.Complete);
        Assert.Null(progress.Sample);
        Assert.True(ProgressCount.Of(Entries(10, _ => true), Rule).Complete);
    }

    [Fact]
    public void AboveTheThreshold_TheRegisterIsComplete_WhenEveryOpinionOfTheSampleIsDispositioned()
    {
        var ids = Enumerable.Range(0, 30).Select(i => $"op-{i}").ToList();
        var sample = Rule.Sample(ids);

        var onlySample = ProgressCount.Of(Entries(30, sample.Contains), Rule);
        var allButOneOfTheSample = ProgressCount.Of(Entries(30, id => sample.Contains(id) && id != sample.First()), Rule);

        Assert.True(onlySample.Complete);
        Assert.Equal(new SampleProgress(10, 4, 7, 4), onlySample.Sample);
        Assert.Equal(4, onlySample.Dispositioned);
        Assert.False(allButOneOfTheSample.Complete);
    }

    private static List<RegisterEntry> Entries(int count, Func<string, bool> dispositioned) =>
        [.. Enumerable.Range(0, count).Select(i => $"op-{i}").Select(id => new RegisterEntry(
            new Opinion(id, Guid.Empty, null, "step", "tool", null, "text") { SourceLabel = new LocalText("Người dân", "Citizen") },
            dispositioned(id) ? new Disposition(1, id, new DispositionEntry(DispositionKind.TakenUp, null), "wg", DateTimeOffset.UnixEpoch) : null))];
}

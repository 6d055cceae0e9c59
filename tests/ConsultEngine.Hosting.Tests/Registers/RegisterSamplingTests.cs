using ConsultEngine.Hosting.Registers;

namespace ConsultEngine.Hosting.Tests.Registers;

public sealed class RegisterSamplingTests
{
    private static readonly string[] Ids = [.. Enumerable.Range(0, 50).Select(i => $"op-{i}")];

    [Fact]
    public void Sample_HasTheSizeOfTheRule_AndIsTheSameWhateverTheOrder()
    {
        var rule = new RegisterSampling(10, 7, 42);

        var sample = rule.Sample(Ids);

        Assert.Equal(7, sample.Count);
        Assert.True(sample.SetEquals(rule.Sample(Ids.Reverse())));
        Assert.True(sample.IsSubsetOf(Ids));
    }

    [Fact]
    public void Sample_ChangesWithTheSeed() =>
        Assert.False(new RegisterSampling(10, 7, 1).Sample(Ids).SetEquals(new RegisterSampling(10, 7, 2).Sample(Ids)));

    [Fact]
    public void Rule_AppliesOnlyAboveItsThreshold()
    {
        Assert.False(RegisterSampling.Default.Applies(2000));
        Assert.True(RegisterSampling.Default.Applies(2001));
        Assert.False(RegisterSampling.None.Applies(int.MaxValue));
    }
}

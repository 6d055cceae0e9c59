using ConsultEngine.Hosting.Codebooks;
using ConsultEngine.Persistence.Codebooks;

namespace ConsultEngine.Hosting.Tests.Codebooks;

/// <summary>The second-coding sample: reproducible from its seed, of the size asked, drawn from the candidates only.</summary>
public sealed class CodebookSamplingTests
{
    private static readonly Guid Instance = Guid.Parse("0190a000-0000-7000-8000-0000000000c2");
    private static readonly string[] Candidates = [.. Enumerable.Range(1, 40).Select(i => $"op-{i:00}")];

    [Fact]
    public void TheSameSeed_OverTheSameOpinionsInAnyOrder_DrawsTheSameSample()
    {
        var first = CodebookSampling.Draw(Candidates, new SampleRequest(0.25, null, 42), Instance);
        var again = CodebookSampling.Draw(Candidates.Reverse(), new SampleRequest(0.25, null, 42), Instance);

        Assert.Equal(first, again);
    }

    [Fact]
    public void AnotherSeed_DrawsAnotherSample()
    {
        var first = CodebookSampling.Draw(Candidates, new SampleRequest(null, 10, 1), Instance);
        var other = CodebookSampling.Draw(Candidates, new SampleRequest(null, 10, 2), Instance);

        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(0.25, null, 10)]
    [InlineData(0.01, null, 1)]
    [InlineData(1.0, null, 40)]
    [InlineData(null, 12, 12)]
    [InlineData(null, 100, 40)]
    public void TheSample_HasTheShareRoundedUpOrTheCount_NeverMoreThanThereAre(double? share, int? count, int expected)
    {
        var sample = CodebookSampling.Draw(Candidates, new SampleRequest(share, count, 7), Instance);

        Assert.Equal(expected, sample.Count);
        Assert.Equal(expected, sample.Distinct(StringComparer.Ordinal).Count());
        Assert.All(sample, id => Assert.Contains(id, Candidates));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(0.5, 3)]
    [InlineData(0.0, null)]
    [InlineData(1.5, null)]
    [InlineData(null, 0)]
    public void NeitherOrBoth_OrASizeOutOfRange_IsRefusedWithCE8750(double? share, int? count)
    {
        var refused = Assert.Throws<CodebookException>(() => CodebookSampling.Draw(Candidates, new SampleRequest(share, count), Instance));

        Assert.Equal(CodebookCodes.RequestInvalid, refused.Code);
    }

    [Fact]
    public void NoCodedOpinion_IsRefusedWithCE8750()
    {
        var refused = Assert.Throws<CodebookException>(() => CodebookSampling.Draw([], new SampleRequest(null, 3), Instance));

        Assert.Equal(CodebookCodes.RequestInvalid, refused.Code);
    }
}

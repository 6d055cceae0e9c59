using FsCheck;
using FsCheck.Xunit;

namespace ConsultEngine.Abstractions.Tests;

public sealed class WilsonTests
{
    [Theory]
    [InlineData(50, 100, 0.4038, 0.5962)]
    [InlineData(0, 10, 0, 0.2776)]
    [InlineData(10, 10, 0.7224, 1)]
    [InlineData(1, 1, 0.2065, 1)]
    [InlineData(0, 1, 0, 0.7935)]
    [InlineData(30, 40, 0.598, 0.8582)]
    [InlineData(3, 1_000_000, 0, 0.0001)]
    // Exact bounds: 50/100 [0.40383, 0.59617]; 0/10 [0, 0.27753]; 10/10 [0.72247, 1]; 1/1 [0.20655, 1];
    // 0/1 [0, 0.79345]; 30/40 [0.59806, 0.85813]; 3/1,000,000 [0.0000010, 0.0000088]. Reported rounded outwards.
    public void Wilson_MatchesKnownValues(int count, int total, double low, double high)
    {
        var interval = InputAnalyzer.Wilson(count, total);

        Assert.Equal(low, interval.Low);
        Assert.Equal(high, interval.High);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Wilson_OfNothingCounted_IsTheWholeRange(int total) =>
        Assert.Equal(new Interval(0, 1), InputAnalyzer.Wilson(0, total));

    [Fact]
    public void Wilson_IsSymmetricAroundAHalf()
    {
        var low = InputAnalyzer.Wilson(3, 20);
        var high = InputAnalyzer.Wilson(17, 20);

        Assert.Equal(InputAnalyzer.Round(1 - low.High), high.Low);
        Assert.Equal(InputAnalyzer.Round(1 - low.Low), high.High);
    }

    [Fact]
    public void Wilson_NarrowsAsTheSampleGrows()
    {
        var small = InputAnalyzer.Wilson(5, 10);
        var large = InputAnalyzer.Wilson(500, 1000);

        Assert.True(large.High - large.Low < small.High - small.Low);
    }

    /// <summary>
    /// Any count of any total up to int.MaxValue: the interval lies within [0, 1] and contains the exact
    /// share, and so the share as reported (rounded to 4 decimals).
    /// </summary>
    [Property(MaxTest = 1000)]
    public bool Wilson_ContainsTheObservedShare_WithinZeroAndOne(NonNegativeInt count, PositiveInt total, byte scale)
    {
        var (k, n) = Scaled(count.Get, total.Get, scale);
        var interval = InputAnalyzer.Wilson(k, n);
        var share = (double)k / n;
        var reported = InputAnalyzer.Round(share);
        return interval.Low >= 0 && interval.High <= 1 && interval.Low <= interval.High
            && interval.Low <= share && share <= interval.High
            && interval.Low <= reported && reported <= interval.High;
    }

    [Fact]
    public void Wilson_OfAHugeTotal_StillContainsTheExactShare()
    {
        // 999,999,986 of 2,000,000,000 is 0.499999993; its exact interval [0.4999781, 0.5000219], rounded to nearest, was [0.5, 0.5].
        var interval = InputAnalyzer.Wilson(999_999_986, 2_000_000_000);

        Assert.Equal(new Interval(0.4999, 0.5001), interval);
    }

    /// <summary>Spreads FsCheck's small numbers over the whole range: the total times 10^(scale mod 9), capped; the count within it.</summary>
    private static (int Count, int Total) Scaled(int count, int total, byte scale)
    {
        var factor = (long)Math.Pow(10, scale % 9);
        var n = Math.Min(int.MaxValue, total * factor);
        var k = Math.Min(n, (long)count * factor + (scale % 7)) % (n + 1);
        return ((int)k, (int)n);
    }
}

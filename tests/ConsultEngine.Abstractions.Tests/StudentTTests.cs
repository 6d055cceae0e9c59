namespace ConsultEngine.Abstractions.Tests;

public sealed class StudentTTests
{
    [Theory]
    // Two-sided 95% critical values, t(0.975, df), from the published tables (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2, to 6 decimals).
    [InlineData(1, 12.706205)]
    [InlineData(2, 4.302653)]
    [InlineData(3, 3.182446)]
    [InlineData(4, 2.776445)]
    [InlineData(5, 2.570582)]
    [InlineData(10, 2.228139)]
    [InlineData(30, 2.042272)]
    [InlineData(100, 1.983972)]
    [InlineData(1000, 1.962339)]
    [InlineData(100_000, 1.959988)]
    [InlineData(int.MaxValue, 1.959964)]
    public void Critical95_MatchesTheTables(int df, double expected) =>
        Assert.Equal(expected, StudentT.Critical95(df), 6);

    [Theory]
    // 99% and 90% two-sided: t(0.995, 10) = 3.169273, t(0.95, 10) = 1.812461, t(0.995, 60) = 2.660283.
    [InlineData(0.99, 10, 3.169273)]
    [InlineData(0.90, 10, 1.812461)]
    [InlineData(0.99, 60, 2.660283)]
    public void Critical_AtOtherConfidences_MatchesTheTables(double confidence, int df, double expected) =>
        Assert.Equal(expected, StudentT.Critical(confidence, df), 6);

    [Fact]
    public void TwoSidedP_OfTheCriticalValue_IsOneMinusTheConfidence()
    {
        // t = 1 at 1 df is the Cauchy quartile: P(|T| ≥ 1) = 1/2 exactly.
        Assert.Equal(0.5, StudentT.TwoSidedP(1, 1), 12);
        Assert.Equal(0.05, StudentT.TwoSidedP(StudentT.Critical95(7), 7), 12);
        Assert.Equal(1, StudentT.TwoSidedP(0, 7), 12);
    }

    [Theory]
    // Above 1,000 degrees of freedom the value comes from an expansion, not from inverting the tail: check it against the tail.
    [InlineData(0.95, 1001)]
    [InlineData(0.99, 2000)]
    [InlineData(0.95, 50_000)]
    public void Critical_FromTheExpansion_HasTheExactTailProbability(double confidence, int df) =>
        Assert.Equal(1 - confidence, StudentT.TwoSidedP(StudentT.Critical(confidence, df), df), 10);

    [Fact]
    public void Critical95_FallsAsDegreesOfFreedomGrow_TowardsTheNormal()
    {
        var values = Enumerable.Range(1, 1200).Select(StudentT.Critical95).ToList();

        Assert.All(values.Zip(values.Skip(1)), pair => Assert.True(pair.Second < pair.First));
        Assert.True(values[^1] > InputAnalyzer.Z95);
    }

    [Theory]
    [InlineData(0, 0.95)]
    [InlineData(5, 0)]
    [InlineData(5, 1)]
    [InlineData(5, double.NaN)]
    public void Critical_OutsideItsDomain_Throws(int df, double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Critical(confidence, df));
}

namespace ConsultEngine.Abstractions.Tests;

public sealed class CohenKappaTests
{
    /// <summary>
    /// By hand. 20 both yes, 5 first only, 10 second only, 15 both no; n = 50.
    /// p_o = (20 + 15) / 50 = 0.7. First says yes 25/50 = 0.5, second 30/50 = 0.6.
    /// p_e = 0.5 × 0.6 + 0.5 × 0.4 = 0.5. κ = (0.7 − 0.5) / (1 − 0.5) = 0.4: fair (the bound belongs to its band).
    /// </summary>
    [Fact]
    public void Of_ATwoByTwoTable_MatchesTheHandComputation()
    {
        var result = CohenKappa.Of(20, 5, 10, 15);

        Assert.Equal(50, result.Items);
        Assert.Equal(0.7, result.ObservedAgreement, 12);
        Assert.Equal(0.5, result.ExpectedAgreement, 12);
        Assert.Equal(0.4, result.Kappa!.Value, 12);
        Assert.Equal(AgreementReading.Fair, result.Reading);
        Assert.Equal(new LocalText("Thấp", "Fair"), result.ReadingLabel);
    }

    [Fact]
    public void Of_CodersWhoGaveTheSameAnswerToEveryItem_HasNoKappa()
    {
        var result = CohenKappa.Of(10, 0, 0, 0);

        Assert.Equal((1.0, 1.0), (result.ObservedAgreement, result.ExpectedAgreement));
        Assert.Null(result.Kappa);
        Assert.Null(result.Reading);
        Assert.Null(CohenKappa.Of(0, 0, 0, 0).Kappa);
    }

    [Fact]
    public void Of_CodersWhoAlwaysDisagree_IsBelowChance()
    {
        // p_o = 0; both say yes half the time, p_e = 0.5; κ = −0.5 / 0.5 = −1.
        var result = CohenKappa.Of(0, 5, 5, 0);

        Assert.Equal(-1, result.Kappa);
        Assert.Equal(AgreementReading.Poor, result.Reading);
    }

    [Theory]
    [InlineData(-0.01, AgreementReading.Poor, "poor")]
    [InlineData(0, AgreementReading.Slight, "slight")]
    [InlineData(0.2, AgreementReading.Slight, "slight")]
    [InlineData(0.20004, AgreementReading.Slight, "slight")]
    [InlineData(0.21, AgreementReading.Fair, "fair")]
    [InlineData(0.4, AgreementReading.Fair, "fair")]
    [InlineData(0.41, AgreementReading.Moderate, "moderate")]
    [InlineData(0.6000000000000001, AgreementReading.Moderate, "moderate")]
    [InlineData(0.61, AgreementReading.Substantial, "substantial")]
    [InlineData(0.8, AgreementReading.Substantial, "substantial")]
    [InlineData(0.81, AgreementReading.AlmostPerfect, "almost-perfect")]
    [InlineData(1, AgreementReading.AlmostPerfect, "almost-perfect")]
    public void Read_FollowsLandisAndKoch(double kappa, AgreementReading reading, string code)
    {
        Assert.Equal(reading, CohenKappa.Read(kappa));
        Assert.Equal(code, reading.Code());
    }

    [Fact]
    public void EveryReading_HasAVietnameseAndAnEnglishLabel() =>
        Assert.All(Enum.GetValues<AgreementReading>(), r => Assert.False(string.IsNullOrWhiteSpace(r.Label().Vi) || string.IsNullOrWhiteSpace(r.Label().En)));

    [Fact]
    public void Of_NegativeCounts_Throws() =>
        Assert.Throws<ArgumentException>(() => CohenKappa.Of(1, -1, 0, 0));
}

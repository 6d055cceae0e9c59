namespace ConsultEngine.Abstractions.Tests;

public sealed class ChiSquareTests
{
    /// <summary>
    /// By hand. Rows A (10, 20, 30) = 60 and B (20, 20, 20) = 60; columns 30, 40, 50; n = 120.
    /// Expected = row × column / n: both rows (15, 20, 25).
    /// χ² = 5²/15 + 0²/20 + 5²/25 + 5²/15 + 0²/20 + 5²/25 = 1.6667 + 0 + 1 + 1.6667 + 0 + 1 = 16/3 = 5.3333.
    /// df = (2 − 1)(3 − 1) = 2; with 2 df the upper tail is exp(−χ²/2) = exp(−2.6667) = 0.069483.
    /// Cramér's V = √(5.3333 / (120 × (2 − 1))) = √0.044444 = 0.210819.
    /// </summary>
    [Fact]
    public void Independence_OfATwoByThreeTable_MatchesTheHandComputation()
    {
        int[][] table = [[10, 20, 30], [20, 20, 20]];

        var test = ChiSquare.Independence(table)!;

        Assert.Equal(5.3333, test.Statistic, 4);
        Assert.Equal(2, test.DegreesOfFreedom);
        Assert.Equal(0.0695, test.PValue, 4);
        Assert.Equal(0.2108, test.CramersV, 4);
        Assert.Equal((120, 6, 0, 0.0, 15.0), (test.Total, test.Cells, test.SmallExpectedCells, test.SmallExpectedShare, test.MinExpected));
        Assert.False(test.SmallCellWarning);
        Assert.Equal([[15.0, 20, 25], [15.0, 20, 25]], ChiSquare.Expected(table));
    }

    /// <summary>
    /// By hand. Rows A (1, 4, 5) = 10 and B (9, 6, 5) = 20; columns 10 each; n = 30.
    /// Expected: A 10 × 10 / 30 = 3.3333 in every column, B 6.6667: three of six cells below 5 (share 0.5).
    /// χ² = (2.3333² + 0.6667² + 1.6667²) / 3.3333 + (2.3333² + 0.6667² + 1.6667²) / 6.6667
    ///    = 8.6667 / 3.3333 + 8.6667 / 6.6667 = 2.6 + 1.3 = 3.9; df 2; p = exp(−1.95) = 0.142274.
    /// </summary>
    [Fact]
    public void Independence_WithExpectedCountsBelowFive_WarnsWithTheirNumberAndShare()
    {
        var test = ChiSquare.Independence([[1, 4, 5], [9, 6, 5]])!;

        Assert.Equal(3.9, test.Statistic, 10);
        Assert.Equal(0.1423, test.PValue, 4);
        Assert.True(test.SmallCellWarning);
        Assert.Equal((3, 6, 0.5), (test.SmallExpectedCells, test.Cells, test.SmallExpectedShare));
        Assert.Equal(3.3333, test.MinExpected, 4);
    }

    [Fact]
    public void Independence_LeavesOutEmptyRowsAndColumns()
    {
        // The same table as the hand computation above with an empty row and an empty column added.
        var test = ChiSquare.Independence([[10, 0, 20, 30], [0, 0, 0, 0], [20, 0, 20, 20]])!;

        Assert.Equal((5.3333, 2, 6), (Math.Round(test.Statistic, 4), test.DegreesOfFreedom, test.Cells));
    }

    [Fact]
    public void Independence_OfAPerfectAssociationAtNationalScale_HasCramersVOfOne()
    {
        // 2.1 billion answers: n × (min(r, c) − 1) = 4.2 billion does not fit an int.
        var test = ChiSquare.Independence([[700_000_000, 0, 0], [0, 700_000_000, 0], [0, 0, 700_000_000]])!;

        Assert.Equal(1, test.CramersV, 10);
        Assert.Equal(0, test.PValue);
    }

    [Fact]
    public void Independence_OfATableWithOneNonEmptyRowOrColumn_IsNull()
    {
        Assert.Null(ChiSquare.Independence([[3, 4, 5], [0, 0, 0]]));
        Assert.Null(ChiSquare.Independence([[3, 0], [4, 0]]));
        Assert.Null(ChiSquare.Independence([]));
    }

    [Theory]
    // Table values: the 95th and 99th percentiles of χ² at 1, 3 and 10 df, and exp(−1) for χ² = 2 at 2 df.
    [InlineData(3.841459, 1, 0.05)]
    [InlineData(6.634897, 1, 0.01)]
    [InlineData(7.814728, 3, 0.05)]
    [InlineData(18.307038, 10, 0.05)]
    [InlineData(2, 2, 0.367879)]
    [InlineData(0, 4, 1)]
    public void UpperTail_MatchesTheTables(double statistic, int df, double p) =>
        Assert.Equal(p, ChiSquare.UpperTail(statistic, df), 6);

    [Fact]
    public void Expected_OfRaggedOrNegativeTables_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChiSquare.Expected([[1, 2], [3]]));
        Assert.Throws<ArgumentException>(() => ChiSquare.Expected([[1, -2], [3, 4]]));
    }
}

namespace ConsultEngine.Abstractions;

/// <summary>
/// A χ² test of independence: the statistic, its degrees of freedom ((r − 1)(c − 1) over the non-empty
/// rows and columns) and the p-value; Cramér's V for the strength of the association (0 none, 1 complete);
/// and how far the expected counts are to be trusted.
/// </summary>
public sealed record ChiSquareResult(double Statistic, int DegreesOfFreedom, double PValue)
{
    /// <summary>The grand total of the table.</summary>
    public int Total { get; init; }

    /// <summary>√(χ² / (n (min(r, c) − 1))).</summary>
    public double CramersV { get; init; }

    /// <summary>The cells tested (non-empty rows × non-empty columns).</summary>
    public int Cells { get; init; }

    /// <summary>Tested cells whose expected count is below <see cref="ChiSquare.SmallExpected"/> (5).</summary>
    public int SmallExpectedCells { get; init; }

    /// <summary><see cref="SmallExpectedCells"/> as a share of <see cref="Cells"/>.</summary>
    public double SmallExpectedShare { get; init; }

    /// <summary>The smallest expected count among the tested cells.</summary>
    public double MinExpected { get; init; }

    /// <summary>
    /// Some expected count is below 5, so the p-value is an approximation that may be poor (Cochran: at most
    /// 20% of cells below 5 and none below 1); merge categories or read the result with care.
    /// </summary>
    public bool SmallCellWarning => SmallExpectedCells > 0;
}

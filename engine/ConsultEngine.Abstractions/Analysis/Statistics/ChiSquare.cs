namespace ConsultEngine.Abstractions;

/// <summary>
/// Pearson's χ² test of independence of an r×c table of counts (rows: groups such as an attribute's
/// values; columns: answers). Rows and columns whose total is zero carry no information and are left
/// out of the test (their expected counts are zero); a table with fewer than two non-empty rows or
/// columns cannot be tested.
/// </summary>
public static class ChiSquare
{
    /// <summary>Cochran's rule: the χ² approximation is doubtful when an expected count falls below this.</summary>
    public const double SmallExpected = 5;

    /// <summary>
    /// The test of independence of <paramref name="table"/> (rows of equal length, counts ≥ 0), or null when
    /// fewer than two rows or fewer than two columns have a non-zero total.
    /// </summary>
    public static ChiSquareResult? Independence(IReadOnlyList<IReadOnlyList<int>> table)
    {
        var expected = Expected(table);
        var rows = Enumerable.Range(0, table.Count).Where(i => table[i].Sum() > 0).ToList();
        var columns = Enumerable.Range(0, table.Count == 0 ? 0 : table[0].Count).Where(j => table.Sum(r => r[j]) > 0).ToList();
        if (rows.Count < 2 || columns.Count < 2)
        {
            return null;
        }

        double statistic = 0;
        var small = 0;
        var minimum = double.MaxValue;
        foreach (var i in rows)
        {
            foreach (var j in columns)
            {
                var e = expected[i][j];
                var difference = table[i][j] - e;
                statistic += difference * difference / e;
                small += e < SmallExpected ? 1 : 0;
                minimum = Math.Min(minimum, e);
            }
        }

        var total = table.Sum(r => r.Sum());
        var cells = rows.Count * columns.Count;
        var df = (rows.Count - 1) * (columns.Count - 1);
        return new ChiSquareResult(statistic, df, UpperTail(statistic, df))
        {
            Total = total,
            CramersV = Math.Sqrt(statistic / ((double)total * (Math.Min(rows.Count, columns.Count) - 1))),
            Cells = cells,
            SmallExpectedCells = small,
            SmallExpectedShare = (double)small / cells,
            MinExpected = minimum,
        };
    }

    /// <summary>The expected counts under independence: row total × column total / grand total (0 for an empty table).</summary>
    public static IReadOnlyList<IReadOnlyList<double>> Expected(IReadOnlyList<IReadOnlyList<int>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var width = table.Count == 0 ? 0 : table[0].Count;
        foreach (var row in table)
        {
            if (row.Count != width)
            {
                throw new ArgumentException("Every row of the table has the same number of columns.", nameof(table));
            }

            if (row.Any(c => c < 0))
            {
                throw new ArgumentException("Counts are not negative.", nameof(table));
            }
        }

        var rowTotals = table.Select(r => (double)r.Sum()).ToList();
        var columnTotals = Enumerable.Range(0, width).Select(j => (double)table.Sum(r => r[j])).ToList();
        var total = rowTotals.Sum();
        return table
            .Select((_, i) => (IReadOnlyList<double>)columnTotals.Select(c => total == 0 ? 0 : rowTotals[i] * c / total).ToList())
            .ToList();
    }

    /// <summary>P(X ≥ <paramref name="statistic"/>) for X with a χ² distribution of <paramref name="degreesOfFreedom"/> degrees of freedom: Q(ν/2, x/2).</summary>
    public static double UpperTail(double statistic, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return SpecialFunctions.UpperIncompleteGamma(degreesOfFreedom / 2.0, statistic / 2);
    }
}

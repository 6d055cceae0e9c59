namespace ConsultEngine.Abstractions;

/// <summary>
/// Student's t distribution: the two-sided tail probability and the critical value of a two-sided
/// interval. The mean of a small sample has a t, not a normal, sampling distribution; at n = 5 the
/// 95% critical value is 2.776, not 1.960, and a 1.96 interval covers the mean only about 88% of the time.
/// </summary>
public static class StudentT
{
    /// <summary>Above this many degrees of freedom the critical value comes from its Cornish–Fisher expansion (error below 1e-12).</summary>
    private const int ExpansionFrom = 1000;

    /// <summary>P(|T| ≥ |t|) for T with <paramref name="degreesOfFreedom"/> degrees of freedom: I_{ν/(ν+t²)}(ν/2, 1/2).</summary>
    public static double TwoSidedP(double t, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return double.IsNaN(t) ? double.NaN
            : SpecialFunctions.IncompleteBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + (t * t)));
    }

    /// <summary>
    /// The critical value of a two-sided interval at <paramref name="confidence"/> (0.95 for 95%):
    /// the t with P(|T| ≤ t) = confidence, i.e. the (1 + confidence)/2 quantile.
    /// </summary>
    public static double Critical(double confidence, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence lies strictly between 0 and 1.");
        }

        var alpha = 1 - confidence;
        return degreesOfFreedom > ExpansionFrom
            ? Expansion(Normal.Critical(confidence), degreesOfFreedom)
            : Bisect(t => TwoSidedP(t, degreesOfFreedom), alpha);
    }

    /// <summary>The critical value of a two-sided 95% interval: 12.706 at 1 degree of freedom, 2.776 at 4, 1.960 in the limit.</summary>
    public static double Critical95(int degreesOfFreedom) => Critical(0.95, degreesOfFreedom);

    /// <summary>Finds the x ≥ 0 where a tail probability that falls from 1 towards 0 reaches <paramref name="alpha"/>.</summary>
    internal static double Bisect(Func<double, double> tail, double alpha)
    {
        double low = 0, high = 2;
        while (tail(high) > alpha)
        {
            low = high;
            high *= 2;
        }

        for (var i = 0; i < 200 && high - low > 1e-15 * high; i++)
        {
            var middle = (low + high) / 2;
            if (tail(middle) > alpha)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>The Cornish–Fisher expansion of the t quantile around the normal quantile z (Abramowitz and Stegun 26.7.5).</summary>
    private static double Expansion(double z, double nu)
    {
        var z2 = z * z;
        var g1 = ((z2 + 1) * z) / 4;
        var g2 = ((((5 * z2) + 16) * z2) + 3) * z / 96;
        var g3 = ((((((3 * z2) + 19) * z2) + 17) * z2) - 15) * z / 384;
        var g4 = ((((((((79 * z2) + 776) * z2) + 1482) * z2) - 1920) * z2) - 945) * z / 92160;
        return z + (g1 / nu) + (g2 / (nu * nu)) + (g3 / (nu * nu * nu)) + (g4 / (nu * nu * nu * nu));
    }
}

namespace ConsultEngine.Abstractions;

/// <summary>The standard normal distribution's two-sided tail and critical value, through the incomplete gamma function.</summary>
internal static class Normal
{
    /// <summary>P(|Z| ≥ |z|) = erfc(|z|/√2) = Q(1/2, z²/2).</summary>
    public static double TwoSidedP(double z) => SpecialFunctions.UpperIncompleteGamma(0.5, z * z / 2);

    /// <summary>The z with P(|Z| ≤ z) = <paramref name="confidence"/>.</summary>
    public static double Critical(double confidence) => StudentT.Bisect(TwoSidedP, 1 - confidence);
}

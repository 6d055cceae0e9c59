namespace ConsultEngine.Abstractions;

/// <summary>
/// Cohen's kappa for two coders who each made the same yes/no decisions (a theme present in a passage
/// or not): κ = (p_o − p_e) / (1 − p_e), the agreement beyond what their own rates of saying yes would
/// give by chance.
/// </summary>
public static class CohenKappa
{
    /// <summary>
    /// Kappa of a 2×2 table: both coders said yes, only the first, only the second, both said no.
    /// κ is undefined (null) when chance agreement is 1 — both coders gave the same answer to every item,
    /// so there was nothing to disagree about — and when there are no items.
    /// </summary>
    public static KappaResult Of(int bothYes, int firstOnly, int secondOnly, int bothNo)
    {
        if (bothYes < 0 || firstOnly < 0 || secondOnly < 0 || bothNo < 0)
        {
            throw new ArgumentException("Counts are not negative.");
        }

        var items = bothYes + firstOnly + secondOnly + bothNo;
        if (items == 0)
        {
            return new KappaResult(0, 0, 0, null);
        }

        double n = items;
        var observed = (bothYes + bothNo) / n;
        var firstYes = (bothYes + firstOnly) / n;
        var secondYes = (bothYes + secondOnly) / n;
        var expected = (firstYes * secondYes) + ((1 - firstYes) * (1 - secondYes));
        return From(items, observed, expected);
    }

    /// <summary>The kappa of an observed and an expected agreement; null when the expected agreement is 1.</summary>
    internal static KappaResult From(int items, double observed, double expected) =>
        new(items, observed, expected, 1 - expected <= 1e-12 ? null : (observed - expected) / (1 - expected));

    /// <summary>
    /// The Landis and Koch (1977) band of <paramref name="kappa"/>: below 0 poor, up to 0.20 slight, 0.40 fair,
    /// 0.60 moderate, 0.80 substantial, above almost perfect (each upper bound belongs to its band). The
    /// value is read as reported, to 4 decimals, so that 0.4 computed as 0.40000000001 still reads fair.
    /// </summary>
    public static AgreementReading Read(double kappa)
    {
        var reported = Math.Round(kappa, 4, MidpointRounding.AwayFromZero);
        return reported switch
        {
            < 0 => AgreementReading.Poor,
            <= 0.20 => AgreementReading.Slight,
            <= 0.40 => AgreementReading.Fair,
            <= 0.60 => AgreementReading.Moderate,
            <= 0.80 => AgreementReading.Substantial,
            _ => AgreementReading.AlmostPerfect,
        };
    }
}

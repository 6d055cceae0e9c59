namespace ConsultEngine.Abstractions;

/// <summary>
/// A kappa with its parts: the decisions compared, the observed agreement p_o (share of decisions the
/// coders agreed on), the agreement expected by chance p_e, and κ (null when undefined: p_e = 1).
/// </summary>
public sealed record KappaResult(int Items, double ObservedAgreement, double ExpectedAgreement, double? Kappa)
{
    /// <summary>The Landis–Koch reading of <see cref="Kappa"/>; null when kappa is undefined.</summary>
    public AgreementReading? Reading => Kappa is { } kappa ? CohenKappa.Read(kappa) : null;

    /// <summary>The reading in Vietnamese and English, for reports; null when kappa is undefined.</summary>
    public LocalText? ReadingLabel => Reading?.Label();
}

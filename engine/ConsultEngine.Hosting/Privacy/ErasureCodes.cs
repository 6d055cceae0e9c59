namespace ConsultEngine.Hosting.Privacy;

/// <summary>
/// Codes of personal data kept as Decree 13/2023/ND-CP asks: retention periods, the erasure that keeps
/// the aggregated results, and a person's request to delete their inputs (CE8240–CE8259). Stable: never reused.
/// </summary>
public static class ErasureCodes
{
    /// <summary>The retention period is not a whole number of months between 1 and 600.</summary>
    public const string RetentionInvalid = "CE8240";

    /// <summary>There is no consultation with that id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string ConsultationNotFound = "CE8241";

    /// <summary>
    /// The deletion was refused: the code does not match the identifier for that consultation, or it was
    /// used already. The same answer whatever the reason, so that it tells nobody whether an identifier took part.
    /// </summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string DeletionRefused = "CE8242";

    /// <summary>A deletion request names no consultation, no identifier or no code.</summary>
    public const string DeletionRequestInvalid = "CE8243";
}

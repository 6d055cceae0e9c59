namespace ConsultEngine.Reporting.Documents;

/// <summary>
/// The end of an administrative document: the recipients (<c>Nơi nhận</c>) on the left; on the right
/// the authority the signer signs for (<c>TM. THƯỜNG TRỰC HĐND</c>), the signer's position and name.
/// </summary>
public sealed record SignatureBlock
{
    /// <summary>The heading of the recipients list (<c>Nơi nhận:</c>).</summary>
    public string RecipientsHeading { get; init; } = "Nơi nhận:";

    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The authority signed for, in capitals; may be absent.</summary>
    public string? Authority { get; init; }

    public required string Position { get; init; }

    /// <summary>The signer's name; blank when the document is a draft waiting for a signature.</summary>
    public string Signer { get; init; } = string.Empty;
}

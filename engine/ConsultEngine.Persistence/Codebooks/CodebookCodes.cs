namespace ConsultEngine.Persistence.Codebooks;

/// <summary>
/// Codes of the consultation codebook's refusals (CE875x–CE876x): its themes, the coding of opinions
/// against them by a primary and a blind second coder, and the second-coding sample. Stable: never reused.
/// </summary>
public static class CodebookCodes
{
    /// <summary>The request is incomplete or malformed (an empty label, an id of the wrong shape, a sample of no size).</summary>
    public const string RequestInvalid = "CE8750";

    /// <summary>The codebook has no theme with that id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string ThemeNotFound = "CE8751";

    /// <summary>The codebook already has a theme with that id.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string ThemeExists = "CE8752";

    /// <summary>The opinion id is not one of the consultation's opinions.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string OpinionNotFound = "CE8753";

    /// <summary>The theme is in use (an opinion is coded to it, or another theme is under it) and cannot be removed.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string ThemeInUse = "CE8754";

    /// <summary>The primary coder of an opinion cannot code it as the second coder: agreement with oneself shows nothing.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string SecondCoderIsPrimary = "CE8755";

    /// <summary>The parent theme does not exist, or would put the theme under itself.</summary>
    public const string ParentInvalid = "CE8756";

    /// <summary>There is no consultation (instance) with that id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string ConsultationNotFound = "CE8757";

    /// <summary>The opinion was not drawn into the second-coding sample: the second coder codes the sample only.</summary>
    public const string NotInSample = "CE8758";
}

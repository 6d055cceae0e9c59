namespace ConsultEngine.Persistence.Registers;

/// <summary>
/// Codes of the registers' refusals (CE87xx): the explanation register (dispositions of opinions),
/// recommendations with their executive responses, and the policy decision register. Stable: never reused.
/// </summary>
public static class RegisterCodes
{
    /// <summary>An opinion not taken up needs its explanation (giải trình); nothing was stored.</summary>
    public const string ExplanationRequired = "CE8701";

    /// <summary>An opinion id is not one of the consultation's opinions.</summary>
    public const string OpinionNotFound = "CE8702";

    /// <summary>No recommendation with that id in this consultation.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string RecommendationNotFound = "CE8703";

    /// <summary>The consultation already has a recommendation (or decision) with that id.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string IdTaken = "CE8704";

    /// <summary>The evidence names a theme or an input the consultation does not have.</summary>
    public const string EvidenceNotFound = "CE8705";

    /// <summary>No decision with that id in this consultation.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string DecisionNotFound = "CE8706";

    /// <summary>The decision cannot move from its status to the one asked (e.g. from adopted, or skipping drafting).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string TransitionRefused = "CE8707";

    /// <summary>A decision is adopted only with its resolution's number and date.</summary>
    public const string ResolutionRequired = "CE8708";

    /// <summary>The record was changed by someone else since the revision the caller read; nothing was written.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string RevisionConflict = "CE8709";

    /// <summary>The request is incomplete or malformed (no opinion named, empty text, an id of the wrong shape).</summary>
    public const string RequestInvalid = "CE8710";

    /// <summary>There is no consultation (instance) with that id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string ConsultationNotFound = "CE8711";

    /// <summary>The recommendation is linked from a response, a decision or a disposition, and cannot be deleted.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string RecommendationInUse = "CE8712";
}

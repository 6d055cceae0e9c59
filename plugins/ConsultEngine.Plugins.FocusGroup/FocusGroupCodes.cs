namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>
/// The codes of the focus-group tool (CE9500–CE9599, the range the SDK reserves for it). A refused
/// action throws a <see cref="Abstractions.ToolException"/> with one of these codes (the first
/// problem's code when there are several, each problem carrying its own); a refused submission returns
/// them as problems. Malformed payloads use the SDK's <see cref="Abstractions.ToolCodes.PayloadInvalid"/>,
/// an unknown input <see cref="Abstractions.ToolCodes.InputNotFound"/>.
/// </summary>
public static class FocusGroupCodes
{
    /// <summary>No group of this step has the id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string GroupNotFound = "CE9501";

    /// <summary>A new group would exceed the number of groups the step's config plans (<c>groups</c>).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string GroupLimitReached = "CE9502";

    /// <summary>A group's criterion is not one of the config's <c>selectionCriteria</c>.</summary>
    public const string CriterionNotInConfig = "CE9503";

    /// <summary>A group's planned size is larger than the config's <c>participantsPerGroup</c> (a roster may exceed the planned size, recruiting for no-shows, up to that limit).</summary>
    public const string PlannedSizeOutOfRange = "CE9504";

    /// <summary>The roster would have more participants than the config's <c>participantsPerGroup</c>.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string RosterFull = "CE9505";

    /// <summary>The participant code is already on a roster of this step (a person takes part in one group).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string ParticipantCodeTaken = "CE9506";

    /// <summary>The participant code is not a pseudonymous code: it has spaces (a name) or nine digits or more (a phone or citizen ID number).</summary>
    public const string ParticipantCodeNotPseudonymous = "CE9507";

    /// <summary>The participant's consent to take part and be quoted is not recorded.</summary>
    public const string ConsentMissing = "CE9508";

    /// <summary>The participant does not meet one of the group's selection criteria.</summary>
    public const string ParticipantOutsideCriteria = "CE9509";

    /// <summary>The participant is not on the group's roster.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string ParticipantNotFound = "CE9510";

    /// <summary>Two questions of the discussion guide have the same id.</summary>
    public const string GuideQuestionDuplicate = "CE9511";

    /// <summary>The discussion guide has no question with the id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string GuideQuestionNotFound = "CE9512";

    /// <summary>A guide question that passages were recorded for cannot be removed from the guide.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string GuideQuestionInUse = "CE9513";

    /// <summary>A new order of the guide does not name every question exactly once.</summary>
    public const string GuideOrderInvalid = "CE9514";

    /// <summary>The codebook has no theme with the id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string ThemeNotFound = "CE9515";

    /// <summary>A theme passages are coded to cannot be removed from the codebook.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string ThemeInUse = "CE9516";

    /// <summary>A passage cannot be marked a duplicate of itself.</summary>
    public const string DuplicateOfItself = "CE9517";

    /// <summary>The submission's channel is not one the focus group takes (enumerator entry or transcribed paper notes).</summary>
    public const string ChannelNotAccepted = "CE9518";

    /// <summary>The passage has no text, or more than 10,000 characters.</summary>
    public const string PassageTextInvalid = "CE9519";

    /// <summary>A personal identifier was sent: the focus group identifies participants by pseudonymous codes only.</summary>
    public const string IdentifierNotAccepted = "CE9520";

    /// <summary>A group with recorded passages cannot be removed.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string GroupHasPassages = "CE9521";

    /// <summary>A participant with recorded passages cannot be removed from the roster.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string ParticipantHasPassages = "CE9522";

    /// <summary>An input with the passage's id is already stored.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string PassageIdTaken = "CE9523";
}

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>
/// The codes of the online poll (CE93xx, the range the SDK reserves for it). A refused vote carries
/// one of them as a <see cref="Abstractions.ToolProblem"/>; a refused action throws a
/// <see cref="Abstractions.ToolException"/> with one of them (or an SDK code such as CE9108 for a
/// payload that is not the declared shape). A second vote by the same person, where votes cannot be
/// changed, is refused by the store and reported by the host as CE9103. Tests assert on these codes.
/// </summary>
public static class OnlinePollCodes
{
    // Set-up (staff action `set-up`).

    /// <summary>The poll has no questions yet: votes and tallies wait for the `set-up` action.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string NotSetUp = "CE9301";

    /// <summary>The questions cannot change any more: votes have been cast.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string SetUpLocked = "CE9302";

    /// <summary>The questions are not usable: none, more than the config's `questions`, a repeated or malformed id, a missing title.</summary>
    public const string QuestionsInvalid = "CE9303";

    /// <summary>A question's options are not usable: fewer than two, a repeated or malformed value, a missing label.</summary>
    public const string OptionsInvalid = "CE9304";

    /// <summary>`maxChoices` is below 1, above the number of options, or given for a single-choice question.</summary>
    public const string MaxChoicesInvalid = "CE9305";

    /// <summary>The voting window is not usable: no close time (and no `openFor` in the config), a close before the open, or a close already past.</summary>
    public const string WindowInvalid = "CE9306";

    // Votes (submissions).

    /// <summary>The vote came before the poll opened.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string NotOpenYet = "CE9310";

    /// <summary>The vote came at or after the close time.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string Closed = "CE9311";

    /// <summary>The poll does not take votes through this channel (web, or enumerator for SMS and phone-assisted votes; as the config's `channels` allow).</summary>
    public const string ChannelNotAccepted = "CE9312";

    /// <summary>The vote carries no identifier to verify the voter by.</summary>
    public const string IdentifierMissing = "CE9313";

    /// <summary>The identifier is not a Vietnamese mobile number (10 digits from 0, or +84) or a citizen ID number (12 digits), as the config's `verification` asks. The identifier is never echoed.</summary>
    public const string IdentifierInvalid = "CE9314";

    /// <summary>The vote chooses no option in any question (no answers object, or every answer empty).</summary>
    public const string NoAnswer = "CE9320";

    /// <summary>An answer names a question the poll does not ask.</summary>
    public const string UnknownQuestion = "CE9321";

    /// <summary>An answer names an option the question does not offer.</summary>
    public const string UnknownOption = "CE9322";

    /// <summary>An answer has the wrong shape: a single choice is one option value (a string), a multiple choice an array of them.</summary>
    public const string AnswerShape = "CE9323";

    /// <summary>A multiple-choice answer chose more options than the question's `maxChoices`.</summary>
    public const string TooManyChoices = "CE9324";

    /// <summary>A multiple-choice answer chose the same option twice.</summary>
    public const string RepeatedChoice = "CE9325";

    // Reads.

    /// <summary>
    /// A public caller asked for the live tallies of a poll whose config does not publish them (`publishTallies`);
    /// staff read them whatever the config says.
    /// </summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string TalliesNotPublished = "CE9330";
}

using ConsultEngine.Abstractions;

namespace ConsultEngine.Runtime.Assignments;

/// <summary>Codes of the engine's tool step assignments (CE8100–CE8119).</summary>
public static class AssignmentCodes
{
    /// <summary>Only a tool step is given to someone to run; the step named is of another kind.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string NotAToolStep = "CE8100";

    /// <summary>An assignment names nobody.</summary>
    public const string AssigneeRequired = "CE8101";

    /// <summary>The consultation is completed or cancelled: its tool steps are nobody's to run any more.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string ConsultationClosed = "CE8102";
}

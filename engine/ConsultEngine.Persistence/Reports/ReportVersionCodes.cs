namespace ConsultEngine.Persistence.Reports;

/// <summary>
/// Codes of the refusals of stored report versions and their review (CE8910–CE8929). Stable: never reused.
/// </summary>
public static class ReportVersionCodes
{
    /// <summary>The consultation has no report version with that number.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string VersionNotFound = "CE8910";

    /// <summary>The version has no section with that id (a review comment belongs to a section of the version it is written on).</summary>
    public const string SectionNotFound = "CE8911";

    /// <summary>The request is incomplete or malformed (an empty comment, an unknown status, a comment that is too long).</summary>
    public const string RequestInvalid = "CE8912";

    /// <summary>The consultation has no review comment with that id.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string CommentNotFound = "CE8913";

    /// <summary>The version cannot move from its status to the one asked (e.g. from approved, or approved without review).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string StatusChangeRefused = "CE8914";

    /// <summary>Two versions of different kinds (a report and an explanation register) cannot be compared.</summary>
    public const string NotComparable = "CE8915";
}

/// <summary>A refused read or change of stored report versions; <see cref="Code"/> is one of <see cref="ReportVersionCodes"/>.</summary>
public sealed class ReportVersionException : ConsultEngineException
{
    public ReportVersionException(string code, string message, Guid? instanceId = null, string? subject = null)
        : base(message)
    {
        Code = code;
        InstanceId = instanceId;
        Subject = subject;
    }

    public override string Code { get; }

    public Guid? InstanceId { get; }

    /// <summary>What the refusal is about: a version number, a section id, a comment id.</summary>
    public string? Subject { get; }
}

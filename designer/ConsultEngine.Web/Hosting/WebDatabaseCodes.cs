namespace ConsultEngine.Web.Hosting;

/// <summary>The codes of the web host on a database several nodes share (CE8380–CE8389).</summary>
public static class WebDatabaseCodes
{
    /// <summary>
    /// PostgreSQL was chosen without <c>ConsultEngine:IdentifierHashKey</c>: every node must hash personal
    /// identifiers with the same key (one vote per person across nodes), so a key file per node will not do.
    /// </summary>
    [FailsAs(FailureKind.Invalid)]
    public const string IdentifierHashKeyNotShared = "CE8380";

    /// <summary>
    /// PostgreSQL was chosen without <c>ConsultEngine:JournalKey</c>: every node chains the journal of the
    /// instances it advances, and an instance is advanced by any node, so all must hold the same key; a key
    /// file per node would make the journal of one instance unverifiable.
    /// </summary>
    [FailsAs(FailureKind.Invalid)]
    public const string JournalKeyNotShared = "CE8381";
}

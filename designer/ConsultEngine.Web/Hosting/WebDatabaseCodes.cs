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
}

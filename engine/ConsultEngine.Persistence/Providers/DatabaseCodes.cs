namespace ConsultEngine.Persistence.Providers;

/// <summary>Codes of the database choice: which provider, where, and which stores it can hold yet (CE8320–CE8359).</summary>
public static class DatabaseCodes
{
    /// <summary><c>ConsultEngine:Database:Provider</c> (or <c>--db-provider</c>) names no provider the stores know: <c>Sqlite</c> or <c>PostgreSql</c>.</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string UnknownProvider = "CE8320";

    /// <summary>PostgreSQL was chosen without <c>ConsultEngine:Database:ConnectionString</c> (or <c>--connection</c>).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string ConnectionStringMissing = "CE8321";

    /// <summary>
    /// The chosen provider cannot hold some of the stores the host uses yet: the host refuses to start
    /// rather than keep some data in one database and some in another.
    /// </summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string StoresNotOnProvider = "CE8322";

    /// <summary>The connection string cannot be read (a malformed key or value).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string ConnectionStringMalformed = "CE8323";

    /// <summary>A connection string was given with SQLite, which opens the file of <c>ConsultEngine:DatabasePath</c> (or <c>--db</c>).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string ConnectionStringWithSqlite = "CE8324";
}

namespace ConsultEngine.Runtime.Storage;

/// <summary>
/// Codes of the database itself as the engine and a readiness check see it (CE8090–CE8099): full,
/// unreachable, not migrated. Stable: never reused.
/// </summary>
public static class StorageCodes
{
    /// <summary>The database is full (disk or <c>max_page_count</c>): the change was not stored and the instance is as it was; it can be tried again once there is room.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string StorageFull = "CE8090";

    /// <summary>The database cannot be opened or does not answer (readiness).</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string DatabaseUnreachable = "CE8091";

    /// <summary>The database has migrations not applied yet: this node is not ready (readiness).</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string MigrationsPending = "CE8092";

    /// <summary>The tool plugins failed to load or none is loaded: this node is not ready (readiness).</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string PluginsNotLoaded = "CE8093";
}

using ConsultEngine.Persistence.Providers;

namespace ConsultEngine.CrashWorker;

/// <summary>
/// Where the worker's stores live, read from the environment under the product's own setting names
/// (<c>ConsultEngine:Database:Provider</c>, <c>ConsultEngine:Database:ConnectionString</c>,
/// <c>ConsultEngine:DatabasePath</c>, as environment variables), so that it resolves the choice the
/// way a host does. The environment rather than arguments keeps a connection string out of the
/// process list.
/// </summary>
internal static class WorkerDatabase
{
    public const string ProviderVariable = "ConsultEngine__Database__Provider";
    public const string ConnectionStringVariable = "ConsultEngine__Database__ConnectionString";
    public const string PathVariable = "ConsultEngine__DatabasePath";

    /// <summary>The selection the environment names; refuses one whose provider cannot hold <paramref name="stores"/>, as a host does at its start.</summary>
    public static DatabaseSelection FromEnvironment(params Type[] stores)
    {
        var selection = DatabaseSelection.Resolve(
            Environment.GetEnvironmentVariable(ProviderVariable),
            Environment.GetEnvironmentVariable(ConnectionStringVariable),
            Environment.GetEnvironmentVariable(PathVariable));
        DatabaseStores.Refuse(selection, stores);
        return selection;
    }
}

namespace ConsultEngine.Hosting;

/// <summary>
/// Which database the stores live in (section <c>ConsultEngine:Database</c>). Read when the engine
/// initialises: an unknown provider or a missing connection string stops the start with a code
/// (<see cref="Persistence.Providers.DatabaseCodes"/>).
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (the default: the file of <see cref="ConsultEngineOptions.DatabasePath"/>) or <c>PostgreSql</c>.</summary>
    public string? Provider { get; set; }

    /// <summary>The PostgreSQL connection string (<c>Host=…;Database=…;Username=…;Password=…</c>); SQLite uses <see cref="ConsultEngineOptions.DatabasePath"/>.</summary>
    public string? ConnectionString { get; set; }
}

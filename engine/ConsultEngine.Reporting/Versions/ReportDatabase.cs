using ConsultEngine.Hosting;
using ConsultEngine.Persistence.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Reporting.Versions;

/// <summary>Where the report versions live: the engine options' database, as the engine's other stores see it.</summary>
public static class ReportDatabase
{
    /// <summary>The database (SQLite file or PostgreSQL) of <paramref name="services"/>' engine options.</summary>
    public static DatabaseSelection Of(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<IOptions<ConsultEngineOptions>>().Value;
        return DatabaseSelection.Resolve(options.Database.Provider, options.Database.ConnectionString, options.DatabasePath);
    }
}

using ConsultEngine.Hosting;
using ConsultEngine.Persistence.Administrative;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The communes each province imported (<see cref="ICommuneStore"/>), in the options' database (SQLite or PostgreSQL).</summary>
public static class AdministrativeServiceCollectionExtensions
{
    /// <summary>Called by <c>AddConsultEngine</c>. The store opens its file on first use, so nothing blocks here.</summary>
    internal static IServiceCollection AddConsultAdministrativeUnits(this IServiceCollection services)
    {
        services.TryAddSingleton<ICommuneStore>(provider => new SqliteCommuneStore(
            ConsultEngineServiceCollectionExtensions.Database(provider), provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}

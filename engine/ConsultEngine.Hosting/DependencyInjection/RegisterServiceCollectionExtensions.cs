using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The registers of consultations: the store (in the options' database) and <see cref="IConsultationRegisters"/>.</summary>
public static class RegisterServiceCollectionExtensions
{
    /// <summary>Called by <c>AddConsultEngine</c>.</summary>
    internal static IServiceCollection AddConsultRegisters(this IServiceCollection services)
    {
        // Like definitions, the registers live in the options' database (SQLite or PostgreSQL):
        // they outlive the run of a consultation (decisions are followed for years).
        services.TryAddConsultStore<IRegisterStore>(async (provider, cancellationToken) => await SqliteRegisterStore.OpenAsync(
            ConsultEngineServiceCollectionExtensions.Database(provider), provider.GetRequiredService<TimeProvider>(), cancellationToken).ConfigureAwait(false));
        services.TryAddSingleton(RegisterSampling.Default);
        services.TryAddSingleton<OpinionReader>();
        services.TryAddSingleton<IConsultationRegisters, ConsultationRegisters>();
        return services;
    }

    /// <summary>Judges the completeness of large explanation registers by <paramref name="sampling"/> instead of the default rule.</summary>
    public static ConsultEngineBuilder UseRegisterSampling(this ConsultEngineBuilder builder, RegisterSampling sampling)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sampling);
        builder.Services.Replace(ServiceDescriptor.Singleton(sampling));
        return builder;
    }
}

using ConsultEngine.Hosting.Privacy;
using ConsultEngine.Persistence.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Personal data retention: the store (in the options' database), <see cref="IPersonalData"/>, the default aggregate snapshot and the erasure job.</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Called by <c>AddConsultEngine</c>.</summary>
    internal static IServiceCollection AddConsultPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName);
        services.TryAddConsultStore<IPersonalDataStore>(async (provider, cancellationToken) => await SqlitePersonalDataStore.OpenAsync(
            ConsultEngineServiceCollectionExtensions.Database(provider), provider.GetService<TimeProvider>(), cancellationToken).ConfigureAwait(false));
        services.TryAddSingleton<IAggregateSnapshot, ToolAnalysesSnapshot>();
        services.TryAddSingleton<IPersonalData, PersonalData>();
        services.AddHostedService<ErasureService>();
        return services;
    }
}

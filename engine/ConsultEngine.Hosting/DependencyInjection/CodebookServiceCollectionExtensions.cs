using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Codebooks;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Codebooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The consultation codebook: the store (in the options' database) and <see cref="IConsultationCodebook"/>.</summary>
public static class CodebookServiceCollectionExtensions
{
    /// <summary>Called by <c>AddConsultEngine</c>, after the registers (it reads opinions as they do).</summary>
    internal static IServiceCollection AddConsultCodebook(this IServiceCollection services)
    {
        // Like the registers, the codebook lives in the options' database (SQLite or PostgreSQL).
        services.TryAddConsultStore<ICodebookStore>(async (provider, cancellationToken) => await SqliteCodebookStore.OpenAsync(
            ConsultEngineServiceCollectionExtensions.Database(provider), provider.GetRequiredService<TimeProvider>(), cancellationToken).ConfigureAwait(false));
        services.TryAddSingleton<IConsultationCodebook, ConsultationCodebook>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEvidenceThemes, CodebookEvidenceThemes>());
        return services;
    }
}

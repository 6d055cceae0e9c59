using ConsultEngine.Hosting;
using ConsultEngine.Persistence.Reports;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Versions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Stored report versions: the store (in the engine options' database) and <see cref="IReportVersions"/>.</summary>
public static class ReportVersionServiceCollectionExtensions
{
    /// <summary>Call after <c>AddConsultEngine</c>. Registers <see cref="IConsultationReports"/> too when the host has not.</summary>
    public static IServiceCollection AddConsultReportVersions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Like the registers, versions live in the options' database (SQLite or PostgreSQL): an
        // approved report is a record of the consultation that outlives its run.
        // Opened when the engine initialises, with its other stores.
        services.TryAddConsultStore<IReportVersionStore>(async (provider, cancellationToken) => await SqliteReportVersionStore.OpenAsync(
            ReportDatabase.Of(provider), provider.GetRequiredService<TimeProvider>(), cancellationToken).ConfigureAwait(false));
        services.TryAddSingleton(ConsultationReporting.Create);
        services.TryAddSingleton(provider => ReportVersioning.Create(provider, provider.GetRequiredService<IReportVersionStore>()));

        // Erasure keeps the consultation-wide analysis, which the reports read back once personal data is gone.
        services.AddConsultKeptAnalysis();
        return services;
    }
}

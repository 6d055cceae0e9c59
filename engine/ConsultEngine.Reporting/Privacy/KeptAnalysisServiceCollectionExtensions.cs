using ConsultEngine.Hosting.Privacy;
using ConsultEngine.Reporting.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Makes the erasure of personal data keep the consultation-wide analysis, which the reports then read back.</summary>
public static class KeptAnalysisServiceCollectionExtensions
{
    /// <summary>Call after <c>AddConsultEngine</c> (<c>AddConsultReportVersions</c> calls it).</summary>
    public static IServiceCollection AddConsultKeptAnalysis(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.Replace(ServiceDescriptor.Singleton<IAggregateSnapshot, ConsultationAnalysisSnapshot>());
    }
}

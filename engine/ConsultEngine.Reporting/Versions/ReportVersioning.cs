using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Reports;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Reporting.Versions;

/// <summary>
/// The entry point for hosts without the container registration (the command line, the demo): stored
/// report versions over the engine a host built with <c>AddConsultEngine</c> and a version store.
/// </summary>
public static class ReportVersioning
{
    /// <summary>The versions of the instances in <paramref name="services"/>' store, kept in <paramref name="store"/>.</summary>
    public static IReportVersions Create(IServiceProvider services, IReportVersionStore store)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(store);
        return new ReportVersions(
            services.GetService<IConsultationReports>() ?? ConsultationReporting.Create(services),
            store,
            services.GetRequiredService<IInstanceStore>(),
            services.GetService<IConsultationRegisters>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System);
    }
}

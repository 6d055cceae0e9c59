using ConsultEngine.Reporting.Reports;

namespace ConsultEngine.Reporting;

/// <summary>The entry point for hosts: the reporting service over the engine a host built with <c>AddConsultEngine</c>.</summary>
public static class ConsultationReporting
{
    /// <summary>The reports of the instances in <paramref name="services"/>' store (its instance store, definitions, tool steps and tool data).</summary>
    public static IConsultationReports Create(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return ConsultationReports.From(services);
    }
}

using ConsultEngine.Hosting.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Reporting.Privacy;

/// <summary>Keeps the consultation-wide analysis (<see cref="IConsultationReports.AnalyseAsync"/>) before erasure.</summary>
internal sealed class ConsultationAnalysisSnapshot(IServiceProvider services) : IAggregateSnapshot
{
    public async Task<string> CaptureAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var reports = services.GetService<IConsultationReports>() ?? ConsultationReporting.Create(services);
        return KeptConsultationAnalysis.Write(await reports.AnalyseAsync(instanceId, cancellationToken).ConfigureAwait(false));
    }
}

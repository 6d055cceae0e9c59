using ConsultEngine.Hosting;
using ConsultEngine.Persistence.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Reporting.Versions;

/// <summary>
/// The report versions of the example consultation: the report the Standing Committee approved for
/// publication (version 1, reviewed and approved) and the explanation register as it was published
/// (version 2), so that a newcomer finds them in the console as a finished consultation has them.
/// </summary>
public static class ExampleReportVersions
{
    public const string Actor = "to-giup-viec";

    /// <summary>Generates and stores both versions in the database of <paramref name="services"/>' engine.</summary>
    public static async Task StoreAsync(IServiceProvider services, Guid instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var store = await SqliteReportVersionStore.OpenAsync(ReportDatabase.Of(services), services.GetService<TimeProvider>(), cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var versions = ReportVersioning.Create(services, store);
            var report = await versions.GenerateAsync(instanceId, new ReportVersionRequest { Kind = ReportVersions.ReportKind }, Actor, cancellationToken).ConfigureAwait(false);
            await versions.ChangeStatusAsync(instanceId, report.Number, ReportVersionStatus.UnderReview, Actor, cancellationToken).ConfigureAwait(false);
            await versions.ChangeStatusAsync(instanceId, report.Number, ReportVersionStatus.Approved, Actor, cancellationToken).ConfigureAwait(false);
            await versions.GenerateAsync(instanceId, new ReportVersionRequest { Kind = ReportVersions.ExplanationKind }, Actor, cancellationToken).ConfigureAwait(false);
        }
    }
}

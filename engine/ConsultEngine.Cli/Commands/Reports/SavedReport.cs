using System.Globalization;
using ConsultEngine.Hosting;
using ConsultEngine.Persistence.Reports;
using ConsultEngine.Reporting.Versions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Cli.Commands.Reports;

/// <summary>
/// <c>consult report … --save</c>: the document is generated through the stored report versions, as the
/// console and the API generate it, so the file written is the new version's file and the version keeps
/// its data basis for review and comparison.
/// </summary>
internal static class SavedReport
{
    public static async Task<int> RunAsync(IServiceProvider services, Guid instanceId, ReportVersionRequest request, string format, string output, string actor, TextWriter stdout, CancellationToken cancellationToken)
    {
        var store = await SqliteReportVersionStore.OpenAsync(ReportDatabase.Of(services), services.GetService<TimeProvider>(), cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var versions = ReportVersioning.Create(services, store);
            var version = await versions.GenerateAsync(instanceId, request, actor, cancellationToken).ConfigureAwait(false);
            var file = await versions.FileAsync(instanceId, version.Number, format, cancellationToken).ConfigureAwait(false);
            await ReportCommands.WriteAsync(output, file.Content, cancellationToken).ConfigureAwait(false);
            var basis = version.Basis;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {output} ({format}, {version.Kind}) and stored it as report version {version.Number}: {basis.Opinions} opinions counted of {basis.InputsStored} stored, {basis.People} people, data read {basis.AnalysedAt:yyyy-MM-dd HH:mm:ss} UTC"));
            return ConsultCli.Ok;
        }
    }
}

using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Demo;
using ConsultEngine.Reporting.Versions;
using ConsultEngine.Runtime.Queries;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Hosting;

/// <summary>
/// <c>--demo</c>: on start, when the database holds no consultation yet, creates the complete example
/// consultation (<see cref="DemoConsultation"/>) so that a newcomer sees a finished one, and prints its
/// console link once the server listens. On a database with consultations it says so and creates nothing.
/// </summary>
internal sealed class DemoStartup(IServiceProvider services, IServer server, IHostApplicationLifetime lifetime, HostConsole console, IOptions<ConsultEngineOptions> engine, ILoggerFactory logging) : IHostedService
{
    public const string Switch = "--demo";

    /// <summary>Whether the command line asks for the example.</summary>
    public static bool Requested(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    /// <summary>The command line without the switch, which the configuration's command-line reader would take for a key without a value.</summary>
    public static string[] Without(string[] args) => [.. args.Where(a => !string.Equals(a, Switch, StringComparison.Ordinal))];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var queries = services.GetRequiredService<IConsultationQueries>();
        if ((await queries.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            lifetime.ApplicationStarted.Register(() => console.WriteBlock(HostText.Both("Banner.DemoSkipped")));
            return;
        }

        var settings = engine.Value;
        var id = await DemoConsultation.CreateInDatabaseAsync(o =>
        {
            o.DatabasePath = settings.DatabasePath;
            o.DefinitionsPath = settings.DefinitionsPath;
            o.PluginsPath = settings.PluginsPath;
            o.IdentifierKeyPath = settings.IdentifierKeyPath;
        }, DemoOptions.Full with { Finish = ExampleReportVersions.StoreAsync }, logging, cancellationToken).ConfigureAwait(false);
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
            console.WriteBlock(HostText.Both("Banner.DemoCreated", id, $"{address.TrimEnd('/')}/console/consultations/{id}"));
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

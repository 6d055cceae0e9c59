using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Demo;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Reporting.Versions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Reporting.Tests.Demo;

/// <summary>
/// The example consultation (<see cref="DemoOptions.Small"/>: every phase, tool, section and chart of
/// the full one, fewer responses) created in a SQLite file of its own, and an engine on that file to
/// report from, as <c>consult demo</c> (which also stores the report versions) then <c>consult report</c> do. The story runs on its own
/// calendar and the reading engine's clock is fixed, so the report is the same on every run: only
/// the ids differ.
/// </summary>
public sealed class DemoReport : IAsyncLifetime
{
    /// <summary>When the report is read: after the story's year-end session.</summary>
    public static DateTimeOffset ReadAt { get; } = new(2026, 12, 15, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly string Plugins = Path.Combine(AppContext.BaseDirectory, "plugins");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("consult-demo-report-");
    private ServiceProvider? _services;

    public Guid InstanceId { get; private set; }

    public string DatabasePath => Path.Combine(_folder.FullName, "consult.db");

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The example is not created yet.");

    public IConsultationReports Reports => ConsultationReporting.Create(Services);

    public IConsultationRegisters Registers => Services.GetRequiredService<IConsultationRegisters>();

    public async Task InitializeAsync()
    {
        InstanceId = await DemoConsultation.CreateInDatabaseAsync(Configure, DemoOptions.Small with { Finish = ExampleReportVersions.StoreAsync });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new DemoClock(ReadAt));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddConsultEngine(Configure);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await _services.InitializeConsultEngineAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere only leaves a temporary folder behind.
        }
    }

    private void Configure(ConsultEngineOptions options)
    {
        options.DatabasePath = DatabasePath;
        options.DefinitionsPath = StandardConsultation.Definitions;
        options.PluginsPath = Plugins;
        options.RunBackgroundServices = false;
    }
}

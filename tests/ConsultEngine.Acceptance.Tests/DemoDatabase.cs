using System.Runtime.CompilerServices;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Demo;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Acceptance.Tests;

/// <summary>A database file holding the example consultation, and an engine to read it back with.</summary>
public sealed class DemoDatabase : IAsyncDisposable
{
    private static readonly string Definitions = Path.GetFullPath(Path.Combine(Folder(), "..", "..", "definitions"));
    private static readonly string Plugins = Path.Combine(AppContext.BaseDirectory, "plugins");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("consult-demo-");
    private ServiceProvider? _services;

    public string DatabasePath => Path.Combine(_folder.FullName, "consult.db");

    public Guid InstanceId { get; private set; }

    public static async Task<DemoDatabase> CreateAsync(DemoOptions options)
    {
        var database = new DemoDatabase();
        database.InstanceId = await DemoConsultation.CreateInDatabaseAsync(database.Configure, options);
        database._services = database.Build();
        await database._services.InitializeConsultEngineAsync();
        return database;
    }

    public void Configure(ConsultEngineOptions options)
    {
        options.DatabasePath = DatabasePath;
        options.DefinitionsPath = Definitions;
        options.PluginsPath = Plugins;
        options.RunBackgroundServices = false;
    }

    /// <summary>An engine on the database, built as a host builds it.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Create the database with CreateAsync.");

    public ProcessEngine Engine => Services.GetRequiredService<ProcessEngine>();

    public Task<ToolAnalysis> AnalyseAsync(string step) => Services.GetRequiredService<IToolSteps>().AnalyseAsync(InstanceId, step);

    public async Task<InstanceRecord> InstanceAsync() => (await Engine.Store.FindInstanceAsync(InstanceId))!;

    public async ValueTask DisposeAsync()
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
            // A file still open elsewhere only leaves a temp folder behind.
        }
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddConsultEngine(Configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

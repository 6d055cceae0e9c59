using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Startup;
using ConsultEngine.Hosting.Tests.Library;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsultEngine.Hosting.Tests.Startup;

/// <summary>The engine's stores are opened, and its definitions seeded, once and asynchronously: by the host's first hosted service or by InitializeConsultEngineAsync.</summary>
public sealed class EngineInitializationTests : IDisposable
{
    private readonly LibraryHost _files = new();

    [Fact]
    public void AStore_AskedForBeforeTheEngineIsInitialised_IsRefusedWithCE8120()
    {
        using var host = Build();

        var error = Assert.Throws<EngineStartupException>(() => host.Services.GetRequiredService<IRegisterStore>());

        Assert.Equal(EngineStartupCodes.NotInitialized, error.Code);
    }

    [Fact]
    public void TheDefinitionCatalogue_AskedBeforeTheEngineIsInitialised_IsRefusedWithCE8120()
    {
        using var host = Build();
        var catalog = host.Services.GetRequiredService<IDefinitionCatalog>();

        var error = Assert.Throws<EngineStartupException>(() => catalog.Versions("test.library"));

        Assert.Equal(EngineStartupCodes.NotInitialized, error.Code);
    }

    [Fact]
    public void TheInitializer_IsTheFirstHostedService_EvenWhenTheHostRegisteredOneBefore()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddHostedService<EarlierService>();
        Configure(builder);
        using var host = builder.Build();

        var hosted = host.Services.GetServices<IHostedService>().ToList();

        Assert.IsType<EngineInitializer>(hosted[0]);
        Assert.IsType<EarlierService>(hosted[1]);
    }

    [Fact]
    public async Task StartingTheHost_OpensTheStoresAndSeedsTheDefinitions()
    {
        using var host = Build();
        await host.StartAsync();

        var catalog = host.Services.GetRequiredService<IDefinitionCatalog>();

        Assert.NotNull(catalog.Find("test.library", 1));
        Assert.NotNull(host.Services.GetRequiredService<IInstanceStore>());
        await host.StopAsync();
    }

    [Fact]
    public async Task InitializeConsultEngineAsync_IsIdempotent_AndAfterAStartedHostChangesNothing()
    {
        using var host = Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IRegisterStore>();

        await host.Services.InitializeConsultEngineAsync();
        await Task.WhenAll(host.Services.InitializeConsultEngineAsync(), host.Services.InitializeConsultEngineAsync());

        Assert.Same(store, host.Services.GetRequiredService<IRegisterStore>());
        await host.StopAsync();
    }

    [Fact]
    public async Task TheCatalogue_SeesWhatTheLibraryPublishesAndRetires_WithoutAStoreRead()
    {
        var services = await _files.StartAsync();
        var library = LibraryHost.Library(services);
        var catalog = services.GetRequiredService<IDefinitionCatalog>();
        var draft = await library.CreateDraftAsync("test.library", 1, "lan");
        var saved = await library.SaveDraftAsync("test.library", draft.Draft.Revision, LibraryHost.Definition.Replace("Xem xét", "Xem xét kỹ", StringComparison.Ordinal), "lan");

        await library.PublishAsync("test.library", saved.Draft.Revision, "lan");
        var versions = catalog.Versions("test.library");
        var found = catalog.Find("test.library", 2);
        await library.RetireAsync("test.library", 2, "chu-tich");

        Assert.Equal([1, 2], versions.ToArray());
        Assert.NotNull(found);
        Assert.True(((IDefinitionStartPolicy)catalog).IsRetired("test.library", 2));
        Assert.Equal(1, await library.LatestPublishedAsync("test.library"));
    }

    public void Dispose() => _files.Dispose();

    private IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        Configure(builder);
        return builder.Build();
    }

    private void Configure(HostApplicationBuilder builder)
    {
        builder.Services.AddLogging();
        builder.Services.AddConsultEngine(options =>
        {
            options.DefinitionsPath = _files.DefinitionsFolder;
            options.DatabasePath = _files.DatabasePath;
            options.RunBackgroundServices = false;
        });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    private sealed class EarlierService : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

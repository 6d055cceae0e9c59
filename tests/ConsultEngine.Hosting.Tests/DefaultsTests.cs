using System.Runtime.CompilerServices;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Rules;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsultEngine.Hosting.Tests;

public sealed class DefaultsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("consult-hosting-").FullName;

    private static string DefinitionsFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Definitions");

    private async Task<IHost> BuildHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging();
        builder.Services.AddConsultEngine(options =>
        {
            options.DefinitionsPath = DefinitionsFolder();
            options.DatabasePath = Path.Combine(_folder, "consult.db");
            options.RunBackgroundServices = false;
        });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        var host = builder.Build();
        await host.Services.InitializeConsultEngineAsync();
        return host;
    }

    [Fact]
    public async Task Defaults_AreTheSqliteFileAndTheJavaScriptSandbox()
    {
        using var host = await BuildHostAsync();

        Assert.IsType<SqliteInstanceStore>(host.Services.GetRequiredService<IInstanceStore>());
        Assert.IsType<JintRuleRunner>(host.Services.GetRequiredService<IRuleRunner>());
    }

    [Fact]
    public async Task AnInstanceStartedByOneHost_IsThereForTheNext()
    {
        Guid id;
        using (var first = await BuildHostAsync())
        {
            id = (await first.Services.GetRequiredService<ProcessEngine>().StartAsync("test.quick", 1)).Id;
            await ((IAsyncDisposable)first.Services.GetRequiredService<IInstanceStore>()).DisposeAsync();
        }

        using var second = await BuildHostAsync();
        var instance = await second.Services.GetRequiredService<IInstanceStore>().FindInstanceAsync(id);

        Assert.NotNull(instance);
        Assert.Equal("test.quick", instance.DefinitionId);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

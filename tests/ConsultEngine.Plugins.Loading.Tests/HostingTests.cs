using System.Runtime.CompilerServices;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Plugins;
using ConsultEngine.Plugins.Loading.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Plugins.Loading.Tests;

/// <summary>A host built with <c>AddConsultEngine()</c> gets the catalog, the tools and the plugins' step types from its container.</summary>
public sealed class HostingTests
{
    private static string DefinitionsFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Definitions");

    private static ServiceProvider Build(Action<ConsultEngineBuilder> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        var builder = services.AddConsultEngine(o =>
        {
            o.DefinitionsPath = DefinitionsFolder();
            o.RunBackgroundServices = false;
        }).UseInMemoryStore();
        configure(builder);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void UsePlugins_LoadsTheFolder_IntoTheCatalogTheToolsAndTheStepTypes()
    {
        using var provider = Build(b => b.UsePlugins(BuiltPlugins.Folder));

        var catalog = provider.GetRequiredService<PluginCatalog>();
        var tools = provider.GetRequiredService<IEnumerable<IConsultationTool>>();
        var stepTypes = provider.GetRequiredService<IStepTypeRegistry>();

        Assert.Contains(catalog.Loaded, p => p.Id == "draft-comments");
        Assert.Equal(catalog.Tools, tools);
        Assert.True(stepTypes.TryGet("tool:draft-comments", 1, out _));
        Assert.True(stepTypes.TryGet("tool:focus-group", 1, out _));
    }

    [Fact]
    public void DefaultPluginsPath_IsThePluginsFolderBesideTheHost()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "plugins"), new ConsultEngineOptions().PluginsPath);
    }

    [Fact]
    public void AddTool_RegistersAnInProcessTool()
    {
        var tool = new StubTool(StubTool.Valid("in-process"));
        using var provider = Build(b => b.UsePlugins(Path.Combine(BuiltPlugins.Folder, "none")).AddTool(tool));

        Assert.Same(tool, Assert.Single(provider.GetRequiredService<IEnumerable<IConsultationTool>>()));
        Assert.True(provider.GetRequiredService<IStepTypeRegistry>().TryGet("tool:in-process", 1, out _));
    }

    [Fact]
    public async Task DefinitionsFolder_UsingAPluginStepType_LoadsWithThePlugin()
    {
        await using var provider = Build(b => b.UsePlugins(BuiltPlugins.Folder));
        await provider.InitializeConsultEngineAsync();

        var definitions = provider.GetRequiredService<ConsultEngine.Definitions.Overlays.IDefinitionCatalog>();

        Assert.NotNull(definitions.Find("hdnd.draft-comments", 1));
    }

    [Fact]
    public void PluginConfigSchema_ChecksTheStepsOfDefinitions()
    {
        var registry = BuiltPlugins.Catalog.CreateStepTypeRegistry();
        var valid = new DefinitionValidator(registry).ValidateFile(Path.Combine(DefinitionsFolder(), "draft-comments.json"));
        var withoutPlugin = new DefinitionValidator(PluginCatalog.Empty.CreateStepTypeRegistry()).ValidateFile(Path.Combine(DefinitionsFolder(), "draft-comments.json"));

        Assert.True(valid.IsValid, string.Join("\n", valid.Diagnostics));
        Assert.False(withoutPlugin.IsValid);
    }
}

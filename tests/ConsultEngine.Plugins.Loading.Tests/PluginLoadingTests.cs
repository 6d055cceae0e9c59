using System.Runtime.Loader;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Plugins;
using ConsultEngine.Plugins.Loading.Tests.Support;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Loading.Tests;

/// <summary>The plugins folder as a host meets it: good plugins load, each bad one is refused with its own code, and the rest keep working.</summary>
public sealed class PluginLoadingTests
{
    private static PluginCatalog Catalog => BuiltPlugins.Catalog;

    [Fact]
    public void ExamplePlugin_Loads_WithItsManifest()
    {
        var plugin = Assert.Single(Catalog.Loaded, p => p.Folder == BuiltPlugins.ExampleFolder);

        Assert.Equal("draft-comments", plugin.Id);
        Assert.Equal("1.1.0", plugin.Version);
        Assert.Equal("tool:draft-comments@1", plugin.StepType);
        Assert.Equal("Góp ý dự thảo", plugin.Title.Vi);
        Assert.Equal(Sdk.Current, plugin.BuiltForSdk);
        Assert.Equal(Path.Combine(BuiltPlugins.Folder, BuiltPlugins.ExampleFolder, BuiltPlugins.ExampleFolder + ".dll"), plugin.AssemblyPath);
    }

    [Fact]
    public void ExamplePlugin_LivesInItsOwnContext_AndSharesTheHostsSdk()
    {
        var tool = Catalog.FindTool("draft-comments");

        Assert.NotNull(tool);
        var context = AssemblyLoadContext.GetLoadContext(tool.GetType().Assembly);
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.Equal("plugin:" + BuiltPlugins.ExampleFolder, context!.Name);
        // Scrutor found the class across the boundary because the contract type is the host's own.
        Assert.Same(typeof(IConsultationTool).Assembly, tool.GetType().GetInterfaces().Single(i => i.Name == nameof(IConsultationTool)).Assembly);
        Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name == "ConsultEngine.Abstractions");
    }

    [Fact]
    public void PluginFolder_HoldsNoCopyOfTheSdk()
    {
        Assert.Empty(Directory.EnumerateFiles(BuiltPlugins.Folder, "ConsultEngine.Abstractions.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void MissingDependency_IsRefusedWithCE9002_NamingTheAssembly()
    {
        var refusal = BuiltPlugins.RefusalOf("Fixture.MissingDependency");

        Assert.Equal(ToolCodes.PluginDependencyMissing, refusal.Code);
        Assert.Contains("Fixture.MissingDependency.Library", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateId_TheLaterFolderIsRefusedWithCE9004()
    {
        var refusal = BuiltPlugins.RefusalOf("Fixture.DuplicateId");

        Assert.Equal(ToolCodes.PluginDuplicateId, refusal.Code);
        Assert.Equal("draft-comments", refusal.ToolId);
        Assert.Equal(BuiltPlugins.ExampleFolder, Catalog.Find("draft-comments")!.Folder);
    }

    [Fact]
    public void PluginBuiltForAnotherSdkMajor_IsRefusedWithCE9003()
    {
        Assert.Equal(ToolCodes.PluginSdkMismatch, BuiltPlugins.RefusalOf("Fixture.OtherSdk").Code);
    }

    [Fact]
    public void InvalidConfigSchema_IsRefusedWithCE9006()
    {
        Assert.Equal(ToolCodes.PluginConfigSchemaInvalid, BuiltPlugins.RefusalOf("Fixture.InvalidSchema").Code);
    }

    [Fact]
    public void AssemblyWithoutTool_IsRefusedWithCE9007()
    {
        Assert.Equal(ToolCodes.PluginHasNoTool, BuiltPlugins.RefusalOf("Fixture.NoTool").Code);
    }

    [Fact]
    public void RefusedPlugins_LeaveTheOthersLoaded()
    {
        Assert.Equal(["draft-comments", "versioned-a", "versioned-b"], Catalog.Loaded.Select(p => p.Id));
        Assert.Equal(5, Catalog.Refused.Count);
    }

    [Fact]
    public async Task TwoPlugins_CarryTwoVersionsOfOnePrivateDependency()
    {
        var a = await new ToolTestBench(Catalog.FindTool("versioned-a")!).ExecuteAsync("which", "{}");
        var b = await new ToolTestBench(Catalog.FindTool("versioned-b")!).ExecuteAsync("which", "{}");

        Assert.Equal("1", a!.Value.GetString());
        Assert.Equal("2", b!.Value.GetString());
    }

    [Fact]
    public void StepTypes_ComeFromTheManifests_WithTheStandardToolsAsFallback()
    {
        var registry = Catalog.CreateStepTypeRegistry();

        Assert.True(registry.TryGet("tool:draft-comments", 1, out var type));
        Assert.Equal(ConsultEngine.Definitions.StepTypes.StepKind.Tool, type.Kind);
        Assert.Equal(["openFor"], type.DurationConfigProperties);
        Assert.Equal(JsonValueKind.Object, type.ConfigSchema!.Value.ValueKind);
        Assert.True(registry.TryGet("tool:survey", 1, out _));
        Assert.False(Catalog.CreateStepTypeRegistry(standardToolFallback: false).TryGet("tool:survey", 1, out _));
    }

    [Fact]
    public void MissingFolder_MeansNoPlugins()
    {
        var catalog = PluginCatalog.Load(Path.Combine(BuiltPlugins.Folder, "no-such-folder"));

        Assert.Empty(catalog.Loaded);
        Assert.Empty(catalog.Refused);
    }

    [Fact]
    public void FolderWithoutItsAssembly_IsRefusedWithCE9001()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "Empty.Plugin"));
        File.WriteAllText(Path.Combine(folder.Path, "Empty.Plugin", "readme.txt"), "no assembly here");
        Directory.CreateDirectory(Path.Combine(folder.Path, "Garbage.Plugin"));
        File.WriteAllText(Path.Combine(folder.Path, "Garbage.Plugin", "Garbage.Plugin.dll"), "not a PE file");

        var catalog = PluginCatalog.Load(folder.Path);

        Assert.Equal([("Empty.Plugin", ToolCodes.PluginLoadFailed), ("Garbage.Plugin", ToolCodes.PluginLoadFailed)], catalog.Refused.Select(r => (r.Folder, r.Code)));
    }
}

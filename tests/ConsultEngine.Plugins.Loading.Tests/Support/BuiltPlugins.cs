using ConsultEngine.Hosting.Plugins;

namespace ConsultEngine.Plugins.Loading.Tests.Support;

/// <summary>
/// The plugins folder the build lays out beside the tests (build/ConsultEngine.Plugins.targets), and
/// its catalog, loaded once per test run as a host loads it at start.
/// </summary>
internal static class BuiltPlugins
{
    public const string ExampleFolder = "ConsultEngine.Plugins.DraftComments";

    private static readonly Lazy<PluginCatalog> Loaded = new(() => PluginCatalog.Load(Folder));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "plugins");

    public static PluginCatalog Catalog => Loaded.Value;

    /// <summary>The refusal of the plugin in <paramref name="folder"/>; fails the test when it loaded or is absent.</summary>
    public static RefusedPlugin RefusalOf(string folder) =>
        Assert.Single(Catalog.Refused, r => r.Folder == folder);
}

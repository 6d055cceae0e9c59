using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Architecture;

/// <summary>
/// The host knows no tool: no file of the web host names a plugin id as data or a type of a plugin
/// assembly, so a plugin dropped into the plugins folder is served by the generic portal and console alone.
/// Scanned: every <c>.cs</c>, <c>.razor</c>, <c>.cshtml</c>, <c>.js</c>, <c>.css</c> and <c>.resx</c> (keys) under
/// <c>designer/ConsultEngine.Web</c>, except build output (<c>bin</c>, <c>obj</c>), EF Core migrations
/// (generated history that must not be rewritten) and vendored libraries (<c>wwwroot/lib</c>).
/// </summary>
public sealed class HostKnowsNoPluginTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web");

    private static readonly string[] Extensions = [".cs", ".razor", ".cshtml", ".js", ".css", ".resx"];

    [Fact]
    public void TheWebHost_NamesNoPluginId_AndNoPluginType()
    {
        var names = PluginNames.All();
        var findings = new List<string>();
        var scanned = 0;
        foreach (var file in HostFiles())
        {
            var relative = Path.GetRelativePath(Web, file).Replace('\\', '/');
            scanned++;
            findings.AddRange(HostPluginScanner.Scan(file, File.ReadAllText(file), names).Select(f => $"{relative}:{f.Line}: {f.Rule} {f.Text}"));
        }

        Assert.True(scanned > 100, $"{scanned} files scanned");
        Assert.True(findings.Count == 0, "the web host names a tool (make it generic on the SDK's surfaces):\n" + string.Join("\n", findings));
    }

    [Fact]
    public void PluginNames_AreReadFromEveryPluginAssemblyTheBuildCopies()
    {
        var assemblies = PluginNames.PublicTypesByAssembly();

        Assert.True(assemblies.Count >= 5, "plugin assemblies found: " + string.Join(", ", assemblies.Keys));
        Assert.All(assemblies, a => Assert.NotEmpty(a.Value));
        Assert.All(assemblies.Values, types => Assert.All(types, t => Assert.StartsWith("ConsultEngine.Plugins.", t, StringComparison.Ordinal)));
    }

    private static IEnumerable<string> HostFiles() =>
        Directory.EnumerateFiles(Web, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !Excluded(Path.GetRelativePath(Web, f).Replace('\\', '/').Split('/')));

    private static bool Excluded(string[] parts) =>
        parts.Contains("bin") || parts.Contains("obj") || parts.Contains("Migrations") || parts is ["wwwroot", "lib", ..];
}

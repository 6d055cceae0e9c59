using System.Reflection;
using System.Runtime.Loader;

namespace ConsultEngine.Hosting.Plugins;

/// <summary>
/// The load context of one plugin: its private dependencies come from its own folder (as its
/// <c>.deps.json</c> lists them), so two plugins may carry different versions of a library. The SDK
/// (<c>ConsultEngine.Abstractions</c>), the hosting abstractions and the framework are the host's:
/// for them <see cref="Load"/> returns <see langword="null"/> and the default context answers, which
/// is what makes a plugin's tool an <c>IConsultationTool</c> of the host (a context holding its own
/// copy of the SDK would hold types the host does not know, and Scrutor would find no tool).
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;

    public PluginLoadContext(string folderName, string assemblyPath)
        : base($"plugin:{folderName}", isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(assemblyPath);
    }

    /// <summary>Where a plugin's reference to <paramref name="name"/> is answered from; <see langword="null"/> when nowhere (a missing dependency).</summary>
    public string? Locate(AssemblyName name) =>
        HostAssemblies.IsShared(name) ? HostAssemblies.Host
        : _resolver.ResolveAssemblyToPath(name) is { } path && File.Exists(path) ? path
        : HostAssemblies.IsPlatform(name) ? HostAssemblies.Host
        : null;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (HostAssemblies.IsShared(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is not null && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}

/// <summary>Which assemblies every plugin shares with the host.</summary>
internal static class HostAssemblies
{
    /// <summary>The marker <see cref="PluginLoadContext.Locate"/> returns for an assembly the host supplies.</summary>
    public const string Host = "(host)";

    public const string SdkName = "ConsultEngine.Abstractions";

    private static readonly Lazy<HashSet<string>> Platform = new(() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The SDK, and the <c>Microsoft.Extensions.*.Abstractions</c> assemblies the host has (so that a
    /// tool's constructor can take the host's <c>ILogger&lt;T&gt;</c>): always the host's copy.
    /// </summary>
    public static bool IsShared(AssemblyName name) =>
        name.Name == SdkName
        || (name.Name is { } simple
            && simple.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
            && simple.EndsWith(".Abstractions", StringComparison.Ordinal)
            && IsPlatform(name));

    /// <summary>Whether the host process can load <paramref name="name"/> by itself (framework and host assemblies).</summary>
    public static bool IsPlatform(AssemblyName name) => name.Name is { } simple && Platform.Value.Contains(simple);
}

using System.Globalization;
using System.Security;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Sdk.Tests;

/// <summary>
/// A plugin author's machine in a temporary folder outside the repository: the local package feed, the
/// template cache (a custom hive, so the user's own templates are left alone), the NuGet settings and
/// packages folder, the plugin's sources, and the host's plugins folder.
/// </summary>
internal sealed class PluginWorkspace : IDisposable
{
    private PluginWorkspace(string root)
    {
        Root = root;
        // A version no earlier run used: packages already in a NuGet cache can never stand in for these.
        Version = $"{typeof(IConsultationTool).Assembly.GetName().Version!.ToString(3)}-test.{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}{Random.Shared.Next(100, 999)}";
        foreach (var folder in new[] { Feed, Hive, Packages, Sources, Plugins })
        {
            Directory.CreateDirectory(folder);
        }
    }

    public string Root { get; }

    /// <summary>The version the packages are packed with and the plugin is built against.</summary>
    public string Version { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string Hive => Path.Combine(Root, "template-hive");

    public string Packages => Path.Combine(Root, "nuget-packages");

    public string Sources => Path.Combine(Root, "src");

    public string Plugins => Path.Combine(Root, "host-plugins");

    /// <summary>Where the engine projects are built while packing (the repository's bin and obj folders stay untouched).</summary>
    public string PackBuild => Path.Combine(Root, "pack-build");

    public static PluginWorkspace Create() =>
        new(Path.Combine(Path.GetTempPath(), "consult-sdk-tests", Guid.NewGuid().ToString("N")));

    /// <summary>
    /// The NuGet settings of everything under <see cref="Root"/>: the local feed and nuget.org, and a
    /// packages folder of its own. The user's packages folder, when there is one, is read as a fallback
    /// so that nuget.org's packages are not downloaded again (it never holds this run's version).
    /// </summary>
    public void WriteNuGetConfig()
    {
        var userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var fallback = Directory.Exists(userPackages)
            ? $"""
              <fallbackPackageFolders>
                <add key="user" value="{SecurityElement.Escape(userPackages)}" />
              </fallbackPackageFolders>
            """
            : string.Empty;
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(Packages)}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(Feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            {fallback}
            </configuration>
            """);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A file still held by the host's closing connection: the temp folder is cleaned by the system later.
        }
    }
}

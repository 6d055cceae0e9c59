using System.Reflection;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>Where the crash tests' child process is built and which host runs it.</summary>
internal static class CrashWorker
{
    /// <summary>The worker's dll, as the build recorded it.</summary>
    public static string Path()
    {
        var path = typeof(CrashWorker).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrashWorkerPath").Value!;
        path = System.IO.Path.GetFullPath(path);
        Assert.True(File.Exists(path), $"The crash worker is not built at {path}.");
        return path;
    }

    // dotnet test runs under the SDK's host and names it; outside it, the one on PATH.
    public static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}

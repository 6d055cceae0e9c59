using BenchmarkDotNet.Configs;

namespace ConsultEngine.Benchmarks;

/// <summary>BenchmarkDotNet's defaults, with its reports under <c>artifacts/</c> (which git ignores) instead of the working directory.</summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance.WithArtifactsPath(Path.Combine("artifacts", "BenchmarkDotNet"));
}

using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using ConsultEngine.Benchmarks.Measurement;

namespace ConsultEngine.Benchmarks.Rules;

/// <summary>The rules suite: BenchmarkDotNet's run, and a quick run that checks the bar.</summary>
[MemoryDiagnoser]
public class RuleBenchmarks : IDisposable
{
    // The bar: the cached path at least 8 times faster than a fresh engine, and 2 µs or less.
    private const double MinRatio = 8;
    private const double MaxCachedMicroseconds = 2;

    private RuleScenario? _scenario;

    [GlobalSetup]
    public void Setup() => _scenario = new RuleScenario();

    [GlobalCleanup]
    public void Dispose()
    {
        _scenario?.Dispose();
        _scenario = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "fresh engine + source")]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods.")]
    public bool FreshEngine() => RuleScenario.Fresh();

    [Benchmark(Description = "prepared + cached + per-thread engine")]
    public bool Cached() => _scenario!.Cached();

    [Benchmark(Description = "prepared + per-thread engine, new context")]
    public bool CachedNewContext() => _scenario!.CachedNewContext();

    internal static IReadOnlyList<ResultRow> RunFull(string[] args)
    {
        var summary = BenchmarkRunner.Run<RuleBenchmarks>(BenchmarkConfig.Create(), args);
        var tools = BenchmarkRunner.Run<ToolScriptBenchmarks>(BenchmarkConfig.Create(), args);
        static double? Mean(BenchmarkDotNet.Reports.Summary of, string method) => of.Reports
            .FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.ResultStatistics is not null)?
            .ResultStatistics!.Mean / 1_000;
        var rows = new List<ResultRow>();
        if (Mean(summary, nameof(FreshEngine)) is { } fresh && Mean(summary, nameof(Cached)) is { } cached)
        {
            rows.Add(Row("BenchmarkDotNet mean", fresh, cached));
        }

        if (Mean(tools, nameof(ToolScriptBenchmarks.Jint)) is { } jint && Mean(tools, nameof(ToolScriptBenchmarks.Native)) is { } native)
        {
            rows.Add(ToolScriptBenchmarks.Row("BenchmarkDotNet mean", jint, native));
        }

        if (Mean(tools, nameof(ToolScriptBenchmarks.JintNewAnswers)) is { } jintNew && Mean(tools, nameof(ToolScriptBenchmarks.NativeNewAnswers)) is { } nativeNew)
        {
            rows.Add(ToolScriptBenchmarks.Row("BenchmarkDotNet mean", jintNew, nativeNew, ToolScriptBenchmarks.OtherAnswers));
        }

        return rows;
    }

    internal static IReadOnlyList<ResultRow> RunQuick()
    {
        var warmUp = Stopwatch.StartNew();
        using var scenario = new RuleScenario();
        warmUp.Stop();
        var fresh = Measure(() => RuleScenario.Fresh(), 2_000);
        var cached = Measure(() => scenario.Cached(), 200_000);
        var newContext = Measure(() => scenario.CachedNewContext(), 50_000);
        var ratio = fresh.Median / cached.Median;
        var pass = ratio >= MinRatio && cached.Median <= MaxCachedMicroseconds;

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"rules (quick): {RuleScenario.Guard}");
        Console.WriteLine(string.Format(c, "  first engine of the process (WarmUp)      {0,8:0} ms", warmUp.Elapsed.TotalMilliseconds));
        Console.WriteLine("  per evaluation (median | best of 7 rounds)");
        Console.WriteLine(string.Format(c, "  fresh engine + source                     {0,8:0.00} | {1:0.00} µs", fresh.Median, fresh.Best));
        Console.WriteLine(string.Format(c, "  prepared + cached + per-thread engine     {0,8:0.00} | {1:0.00} µs", cached.Median, cached.Best));
        Console.WriteLine(string.Format(c, "  prepared + per-thread engine, new context {0,8:0.00} | {1:0.00} µs", newContext.Median, newContext.Best));
        Console.WriteLine(string.Format(c, "  ratio fresh / cached (medians)            {0,8:0.0}×  (bar: ≥ {1}× and cached ≤ {2} µs: {3})", ratio, MinRatio, MaxCachedMicroseconds, pass ? "met" : "NOT MET"));
        return [Row("median of 7 rounds", fresh.Median, cached.Median), .. ToolScriptBenchmarks.RunQuick()];
    }

    private static ResultRow Row(string how, double freshMicroseconds, double cachedMicroseconds)
    {
        var c = CultureInfo.InvariantCulture;
        var ratio = freshMicroseconds / cachedMicroseconds;
        return new ResultRow("rules", $"µs per guard evaluation ({how}); peer: fresh engine",
            cachedMicroseconds.ToString("0.00", c), freshMicroseconds.ToString("0.00", c), ratio.ToString("0.0", c) + "×",
            $"≥ {MinRatio}× and ≤ {MaxCachedMicroseconds} µs", ratio >= MinRatio && cachedMicroseconds <= MaxCachedMicroseconds);
    }

    /// <summary>Microseconds per call: the median and the best of seven rounds after a warm-up round.</summary>
    private static (double Median, double Best) Measure(Func<bool> operation, int iterations)
    {
        var rounds = new double[7];
        for (var round = -1; round < rounds.Length; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                _ = operation();
            }

            clock.Stop();
            if (round >= 0)
            {
                rounds[round] = clock.Elapsed.TotalMicroseconds / iterations;
            }
        }

        Array.Sort(rounds);
        return (rounds[rounds.Length / 2], rounds[0]);
    }
}

using System.Globalization;
using BenchmarkDotNet.Attributes;
using ConsultEngine.Benchmarks.Durable;
using ConsultEngine.Benchmarks.Measurement;

namespace ConsultEngine.Benchmarks.Rules;

/// <summary>The demo survey's skip logic through <see cref="Abstractions.IToolScripts"/>: the native path against Jint, side by side.</summary>
[MemoryDiagnoser]
public class ToolScriptBenchmarks : IDisposable
{
    // The bar, for the first evaluation over a submission's answers (Jint converts them, the native path reads them): the
    // native path at least 5 times cheaper. Over the same answers again Jint reuses its converted objects and the gap is
    // smaller (about 3× measured); that row is printed without a bar.
    private const double MinRatio = 5;

    private ToolScriptScenario? _scenario;

    [GlobalSetup]
    public void Setup() => _scenario = new ToolScriptScenario();

    [GlobalCleanup]
    public void Dispose()
    {
        _scenario?.Dispose();
        _scenario = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "skip logic in Jint (native path off)")]
    public bool Jint() => _scenario!.Jint();

    [Benchmark(Description = "skip logic on the native path")]
    public bool Native() => _scenario!.Native();

    [Benchmark(Description = "skip logic in Jint, other answers each time")]
    public bool JintNewAnswers() => _scenario!.JintNewAnswers();

    [Benchmark(Description = "skip logic on the native path, other answers each time")]
    public bool NativeNewAnswers() => _scenario!.NativeNewAnswers();

    /// <summary>Both paths in one run, interleaved round by round, in CPU µs of the measuring thread (the machine is shared).</summary>
    internal static IReadOnlyList<ResultRow> RunQuick()
    {
        using var scenario = new ToolScriptScenario();
        var same = Compare(scenario.Jint, scenario.Native);
        var other = Compare(scenario.JintNewAnswers, scenario.NativeNewAnswers);

        var c = CultureInfo.InvariantCulture;
        var unit = ThreadCpu.Available ? "CPU µs" : "wall µs";
        Console.WriteLine($"tool script (quick): {ToolScriptScenario.SkipLogic} through IToolScripts, a new scope per evaluation");
        Console.WriteLine($"  per evaluation, {unit} of the measuring thread (median | best of 7 rounds)");
        Console.WriteLine(string.Format(c, "  same answers:  Jint {0,7:0.000} | {1:0.000}   native {2,7:0.000} | {3:0.000}   ratio {4:0.0}×", same.Jint.Median, same.Jint.Best, same.Native.Median, same.Native.Best, same.Jint.Median / same.Native.Median));
        Console.WriteLine(string.Format(c, "  other answers: Jint {0,7:0.000} | {1:0.000}   native {2,7:0.000} | {3:0.000}   ratio {4:0.0}×", other.Jint.Median, other.Jint.Best, other.Native.Median, other.Native.Best, other.Jint.Median / other.Native.Median));
        Console.WriteLine($"  ({MachineLoad.Describe()})");
        return
        [
            Row($"{unit}, median of 7 rounds", same.Jint.Median, same.Native.Median),
            Row($"{unit}, median of 7 rounds", other.Jint.Median, other.Native.Median, OtherAnswers),
        ];
    }

    internal const string OtherAnswers = "other answers each time";

    internal static ResultRow Row(string how, double jintMicroseconds, double nativeMicroseconds, string answers = "same answers")
    {
        var c = CultureInfo.InvariantCulture;
        var ratio = jintMicroseconds / nativeMicroseconds;
        var barred = answers == OtherAnswers;
        return new ResultRow("rules", $"µs per survey skip-logic evaluation, {answers} ({how}); peer: the same in Jint",
            nativeMicroseconds.ToString("0.000", c), jintMicroseconds.ToString("0.000", c), ratio.ToString("0.0", c) + "×",
            barred ? $"≥ {MinRatio}×" : "none", barred ? ratio >= MinRatio : null);
    }

    private static ((double Median, double Best) Jint, (double Median, double Best) Native) Compare(Func<bool> jint, Func<bool> native)
    {
        const int rounds = 7;
        var (jintRounds, nativeRounds) = (new double[rounds], new double[rounds]);
        for (var round = -1; round < rounds; round++)
        {
            var j = PerCall(jint, 20_000);
            var n = PerCall(native, 200_000);
            if (round >= 0)
            {
                (jintRounds[round], nativeRounds[round]) = (j, n);
            }
        }

        Array.Sort(jintRounds);
        Array.Sort(nativeRounds);
        return ((jintRounds[rounds / 2], jintRounds[0]), (nativeRounds[rounds / 2], nativeRounds[0]));
    }

    private static double PerCall(Func<bool> operation, int iterations)
    {
        var cpu = ThreadCpu.Nanoseconds();
        var wall = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < iterations; i++)
        {
            _ = operation();
        }

        return ThreadCpu.Available
            ? (ThreadCpu.Nanoseconds() - cpu) / 1_000.0 / iterations
            : System.Diagnostics.Stopwatch.GetElapsedTime(wall).TotalMicroseconds / iterations;
    }
}

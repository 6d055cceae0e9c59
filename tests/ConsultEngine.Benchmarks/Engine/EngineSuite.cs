using System.Globalization;
using ConsultEngine.Benchmarks.Measurement;

namespace ConsultEngine.Benchmarks.Engine;

/// <summary>
/// The engine suite: a 10-step sequential process in memory, ConsultEngine against WorkflowCore
/// 3.22.0, rounds interleaved in one process (ConsultEngine, WorkflowCore with events, WorkflowCore
/// with plain steps, again). The bar (≥ 3×) is judged on the same work: every step waits for an
/// outside call. WorkflowCore with plain steps (no outside calls, less work than ours) is shown for
/// information. A Stopwatch harness (BenchmarkDotNet does not fit a multi-threaded host that runs
/// until its lifecycle events say it is done): a warm-up round of each, then the median and the best.
/// </summary>
internal static class EngineSuite
{
    public const int Steps = 10;
    private const double Bar = 3;

    private sealed record Plan(int Instances, int Rounds, TimeSpan EventsAllowed, TimeSpan PlainAllowed);

    public static IReadOnlyList<ResultRow> Run(bool quick)
    {
        var workers = Environment.ProcessorCount;
        Console.WriteLine($"engine{(quick ? " (quick)" : string.Empty)}: {Steps}-step sequential process in memory; ConsultEngine driven by {workers} workers, WorkflowCore with its defaults");
        Console.WriteLine($"  {MachineLoad.Describe()}");

        // Warm-up: JIT, tiering and WorkflowCore's expression compilation, outside the figures.
        _ = ConsultEngineSide.RunAsync(2_000, workers).GetAwaiter().GetResult();
        _ = WorkflowCoreSide.RunAsync(PeerMode.Events, 300, TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        _ = WorkflowCoreSide.RunAsync(PeerMode.PlainSteps, 500, TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();

        Plan[] plans = quick
            ? [new(2_000, 1, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10)), new(20_000, 1, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8))]
            : [new(2_000, 5, TimeSpan.FromSeconds(45), TimeSpan.FromMinutes(2)), new(20_000, 3, TimeSpan.FromSeconds(45), TimeSpan.FromMinutes(2))];
        var rows = new List<ResultRow>();
        var c = CultureInfo.InvariantCulture;
        foreach (var plan in plans)
        {
            var ours = new Rounds();
            var events = new Rounds();
            var plain = new Rounds();
            var eventsCut = false;
            var plainCut = false;
            for (var round = 0; round < plan.Rounds; round++)
            {
                Rounds.Settle();
                ours.Add(ConsultEngineSide.RunAsync(plan.Instances, workers).GetAwaiter().GetResult());
                Rounds.Settle();
                var peer = WorkflowCoreSide.RunAsync(PeerMode.Events, plan.Instances, plan.EventsAllowed).GetAwaiter().GetResult();
                events.Add(peer.PerSecond);
                eventsCut |= !peer.Finished;
                Rounds.Settle();
                peer = WorkflowCoreSide.RunAsync(PeerMode.PlainSteps, plan.Instances, plan.PlainAllowed).GetAwaiter().GetResult();
                plain.Add(peer.PerSecond);
                plainCut |= !peer.Finished;
            }

            string Peer(Rounds r, bool cut) => (cut ? "~" : string.Empty) + r.Median.ToString("N0", c);
            Console.WriteLine(string.Format(c, "  {0,6:N0} instances, processes/s (median | best of {1}): ConsultEngine {2,7:N0} | {3:N0}   WorkflowCore events {4,7} | {5:N0}{6}   WorkflowCore plain steps {7,7} | {8:N0}{9}",
                plan.Instances, plan.Rounds, ours.Median, ours.Max, Peer(events, eventsCut), events.Max, eventsCut ? $" (cut at {plan.EventsAllowed.TotalSeconds:0} s, estimated)" : string.Empty,
                Peer(plain, plainCut), plain.Max, plainCut ? $" (cut at {plan.PlainAllowed.TotalSeconds:0} s, estimated)" : string.Empty));
            var eventsRatio = ours.Median / events.Median;
            var plainRatio = ours.Median / plain.Median;
            rows.Add(new ResultRow("engine", string.Format(c, "processes/s, {0:N0} instances; peer: WorkflowCore, each step waits for a published event (same work)", plan.Instances),
                ours.Median.ToString("N0", c), Peer(events, eventsCut), eventsRatio.ToString("0.0", c) + "×", $"≥ {Bar}×", eventsRatio >= Bar));
            rows.Add(new ResultRow("engine", string.Format(c, "processes/s, {0:N0} instances; peer: WorkflowCore, plain steps (no outside calls: less work)", plan.Instances),
                ours.Median.ToString("N0", c), Peer(plain, plainCut), plainRatio.ToString("0.0", c) + "×", "information", null));
        }

        Console.WriteLine($"  {MachineLoad.Describe()}");
        return rows;
    }
}

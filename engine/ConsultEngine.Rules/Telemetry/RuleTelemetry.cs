using System.Diagnostics;
using System.Diagnostics.Metrics;
using ConsultEngine.Runtime.Telemetry;

namespace ConsultEngine.Rules.Telemetry;

/// <summary>
/// The metrics of JavaScript rules (meter <see cref="Name"/>): evaluations by kind of script, faults by code,
/// and evaluation time. An evaluation takes about a microsecond, so no span is made per evaluation and the
/// clock is read only while the duration histogram is enabled; tags are preallocated per kind.
/// </summary>
public static class RuleTelemetry
{
    /// <summary>The name of the rules' <see cref="Meter"/>.</summary>
    public const string Name = "ConsultEngine.Rules";

    /// <summary>Counter of evaluations (a rule, a guard, a check, a tool's script), tagged <see cref="KindTag"/>.</summary>
    public const string Evaluations = "consultengine.rules.evaluations";

    /// <summary>Counter of evaluations that faulted, tagged <see cref="KindTag"/> and <see cref="CodeTag"/>.</summary>
    public const string Faults = "consultengine.rules.faults";

    /// <summary>Histogram of an evaluation's duration in seconds, tagged <see cref="KindTag"/>.</summary>
    public const string EvaluationDuration = "consultengine.rules.evaluation.duration";

    /// <summary><c>rule</c>, <c>guard</c>, <c>check</c> or <c>tool</c>.</summary>
    public const string KindTag = "consultengine.rule.kind";

    /// <summary>The fault's CE code.</summary>
    public const string CodeTag = "consultengine.rule.fault.code";

    private static readonly Meter Meter = new(Name, typeof(RuleTelemetry).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> EvaluationCount = Meter.CreateCounter<long>(Evaluations, "{evaluation}", "Rule evaluations.");

    private static readonly Counter<long> FaultCount = Meter.CreateCounter<long>(Faults, "{fault}", "Rule evaluations that faulted.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram(
        EvaluationDuration, "s", "Duration of a rule evaluation.", tags: null, advice: TelemetryBuckets.Seconds);

    private static readonly KeyValuePair<string, object?>[] KindTags =
        [.. Enum.GetValues<RuleScriptKind>().Select(k => new KeyValuePair<string, object?>(KindTag, k.ToString().ToLowerInvariant()))];

    /// <summary>A timestamp to pass to <see cref="Evaluated"/>; zero (no clock read) when nobody records durations.</summary>
    internal static long Start() => Duration.Enabled ? Stopwatch.GetTimestamp() : 0;

    internal static void Evaluated(RuleScriptKind kind, long started)
    {
        var tag = KindTags[(int)kind];
        EvaluationCount.Add(1, tag);
        if (started != 0)
        {
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
        }
    }

    internal static void Faulted(RuleScriptKind kind, string code) =>
        FaultCount.Add(1, KindTags[(int)kind], new KeyValuePair<string, object?>(CodeTag, code));
}

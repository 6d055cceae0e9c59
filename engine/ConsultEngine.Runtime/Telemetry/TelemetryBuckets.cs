using System.Diagnostics.Metrics;

namespace ConsultEngine.Runtime.Telemetry;

/// <summary>
/// Histogram buckets that fit what the engine measures: the SDK's defaults (0 to 10,000) suit
/// milliseconds, while these durations are seconds from sub-millisecond commits up to minutes of lag.
/// </summary>
public static class TelemetryBuckets
{
    /// <summary>Durations of work: 0.5 ms to 10 s.</summary>
    public static InstrumentAdvice<double> Seconds { get; } = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    /// <summary>Lateness of timers: 1 s to an hour (a poll interval is seconds; more means the service fell behind).</summary>
    public static InstrumentAdvice<double> LagSeconds { get; } = new()
    {
        HistogramBucketBoundaries = [1, 5, 15, 30, 60, 120, 300, 900, 3600],
    };

    /// <summary>Inputs in one committed batch: 1 to the writer's largest batch.</summary>
    public static InstrumentAdvice<int> BatchSizes { get; } = new()
    {
        HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000],
    };
}

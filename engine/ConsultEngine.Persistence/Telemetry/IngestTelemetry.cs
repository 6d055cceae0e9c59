using System.Diagnostics;
using System.Diagnostics.Metrics;
using ConsultEngine.Runtime.Telemetry;

namespace ConsultEngine.Persistence.Telemetry;

/// <summary>
/// The traces and metrics of the public-submission writer (source and meter <see cref="Name"/>): inputs
/// committed, the size and duration of each group commit, batches that failed. One span per batch (never per
/// input), created only when the source has listeners.
/// </summary>
public static class IngestTelemetry
{
    /// <summary>The name of the writer's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string Name = "ConsultEngine.Ingest";

    /// <summary>The span of one group commit.</summary>
    public const string BatchActivity = "consultengine.ingest.batch";

    /// <summary>Counter of inputs in committed batches (each acknowledged only after its commit).</summary>
    public const string Submissions = "consultengine.ingest.submissions";

    /// <summary>Histogram of the number of inputs in each committed batch.</summary>
    public const string BatchSize = "consultengine.ingest.batch.size";

    /// <summary>Histogram of a batch's duration in seconds, from its BEGIN to its COMMIT.</summary>
    public const string BatchDuration = "consultengine.ingest.batch.duration";

    /// <summary>Counter of batches whose transaction failed (none of their inputs was stored).</summary>
    public const string FailedBatches = "consultengine.ingest.batch.failures";

    /// <summary>Span tag: the number of inputs of the batch.</summary>
    public const string BatchSizeTag = "consultengine.ingest.batch.size";

    internal static readonly ActivitySource Source = new(Name, typeof(IngestTelemetry).Assembly.GetName().Version?.ToString());

    private static readonly Meter Meter = new(Name, typeof(IngestTelemetry).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> SubmissionCount = Meter.CreateCounter<long>(Submissions, "{input}", "Inputs in committed batches.");

    private static readonly Histogram<int> Sizes = Meter.CreateHistogram(
        BatchSize, "{input}", "Inputs in each committed batch (group commit).", tags: null, advice: TelemetryBuckets.BatchSizes);

    private static readonly Histogram<double> Durations = Meter.CreateHistogram(
        BatchDuration, "s", "Duration of a group commit, from BEGIN to COMMIT.", tags: null, advice: TelemetryBuckets.Seconds);

    private static readonly Counter<long> FailureCount = Meter.CreateCounter<long>(FailedBatches, "{batch}", "Batches whose transaction failed.");

    /// <summary>Starts a batch: its span when someone listens, and its start time.</summary>
    internal static Batch Start(int size)
    {
        Activity? activity = null;
        if (Source.HasListeners())
        {
            activity = Source.StartActivity(BatchActivity, ActivityKind.Internal);
            activity?.SetTag(BatchSizeTag, size);
        }

        return new Batch(activity, Stopwatch.GetTimestamp(), size);
    }

    /// <summary>One group commit being written; ends with <see cref="Committed"/> or <see cref="Failed"/>.</summary>
    internal readonly record struct Batch(Activity? Activity, long Started, int Size)
    {
        public void Committed()
        {
            SubmissionCount.Add(Size);
            Sizes.Record(Size);
            if (Durations.Enabled)
            {
                Durations.Record(Stopwatch.GetElapsedTime(Started).TotalSeconds);
            }

            Activity?.Dispose();
        }

        public void Failed(Exception error)
        {
            FailureCount.Add(1);
            if (Activity is { } activity)
            {
                activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
                activity.Dispose();
            }
        }
    }
}

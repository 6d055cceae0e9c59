using System.Diagnostics;
using System.Diagnostics.Metrics;
using ConsultEngine.Runtime.Interpreter;

namespace ConsultEngine.Runtime.Telemetry;

/// <summary>
/// The engine's own traces and metrics (source and meter <see cref="Name"/>): advances and their duration,
/// how late timers fire, the outbox backlog. Nothing is created or measured when nobody listens: a span is
/// started only when the source has listeners, a duration is read only when its histogram is enabled.
/// </summary>
public static class EngineTelemetry
{
    /// <summary>The name of the engine's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string Name = "ConsultEngine.Engine";

    /// <summary>The span of one advance: from the moment its transaction opened to its commit.</summary>
    public const string AdvanceActivity = "consultengine.advance";

    /// <summary>Counter of advances committed.</summary>
    public const string Advances = "consultengine.engine.advances";

    /// <summary>Histogram of an advance's duration in seconds, from the opening of its transaction to its commit.</summary>
    public const string AdvanceDuration = "consultengine.engine.advance.duration";

    /// <summary>Histogram of how late a timer fired, in seconds after its due time.</summary>
    public const string TimerLag = "consultengine.engine.timer.lag";

    /// <summary>Gauge of the outbox messages not sent, tagged <see cref="OutboxStateTag"/>.</summary>
    public const string OutboxBacklog = "consultengine.outbox.backlog";

    /// <summary>The tag of <see cref="OutboxBacklog"/>: <c>pending</c> (queued or retrying) or <c>dead</c> (given up).</summary>
    public const string OutboxStateTag = "consultengine.outbox.state";

    /// <summary>Span tags of <see cref="AdvanceActivity"/>.</summary>
    public const string InstanceTag = "consultengine.instance.id";

    public const string DefinitionTag = "consultengine.definition.id";

    public const string DefinitionVersionTag = "consultengine.definition.version";

    internal static readonly ActivitySource Source = new(Name, typeof(EngineTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(EngineTelemetry).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> AdvanceCount = Meter.CreateCounter<long>(Advances, "{advance}", "Advances committed (each one transaction of one instance).");

    private static readonly Histogram<double> AdvanceSeconds = Meter.CreateHistogram(
        AdvanceDuration, "s", "Duration of an advance, from the opening of its transaction to its commit.", tags: null, advice: TelemetryBuckets.Seconds);

    private static readonly Histogram<double> TimerLagSeconds = Meter.CreateHistogram(
        TimerLag, "s", "How late a timer fired after its due time.", tags: null, advice: TelemetryBuckets.LagSeconds);

    private static readonly ObservableGauge<long> Backlog = Meter.CreateObservableGauge(
        OutboxBacklog, OutboxBacklogMonitor.Observe, "{message}", "Outbox messages not sent: pending (queued or retrying) and dead-lettered.");

    /// <summary>Whether anyone reads the backlog gauge (the monitor counts only then).</summary>
    internal static bool BacklogObserved => Backlog.Enabled;

    /// <summary>Starts the span of an advance about to commit, dated from when its transaction opened; null when nobody listens.</summary>
    internal static Activity? StartAdvance(InstanceTransaction tx)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var started = DateTimeOffset.UtcNow - Stopwatch.GetElapsedTime(tx.StartedTimestamp);
        var activity = Source.StartActivity(AdvanceActivity, ActivityKind.Internal, parentContext: default, tags: null, links: null, startTime: started);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(InstanceTag, tx.Instance.Id.ToString());
            activity.SetTag(DefinitionTag, tx.Instance.DefinitionId);
            activity.SetTag(DefinitionVersionTag, tx.Instance.DefinitionVersion);
        }

        return activity;
    }

    /// <summary>Counts a committed advance and records its duration.</summary>
    internal static void Committed(InstanceTransaction tx)
    {
        AdvanceCount.Add(1);
        if (AdvanceSeconds.Enabled)
        {
            AdvanceSeconds.Record(Stopwatch.GetElapsedTime(tx.StartedTimestamp).TotalSeconds);
        }
    }

    /// <summary>Records how late a timer fired (zero when on time or early, by the engine's clock).</summary>
    internal static void TimerFired(DateTimeOffset dueAt, DateTimeOffset firedAt)
    {
        if (TimerLagSeconds.Enabled)
        {
            TimerLagSeconds.Record(Math.Max(0, (firedAt - dueAt).TotalSeconds));
        }
    }
}

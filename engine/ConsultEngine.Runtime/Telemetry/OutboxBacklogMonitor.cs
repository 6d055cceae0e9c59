using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ConsultEngine.Runtime.Outbox;

namespace ConsultEngine.Runtime.Telemetry;

/// <summary>
/// Feeds the <see cref="EngineTelemetry.OutboxBacklog"/> gauge. A gauge's callback runs on the exporter's
/// thread and must not wait on a database, so the host samples the count now and then (only while someone
/// reads the gauge) and the callback reports the last sample. Each live monitor is one series; a process
/// normally has one (tests start several hosts).
/// </summary>
public sealed class OutboxBacklogMonitor : IDisposable
{
    private static readonly ConcurrentDictionary<OutboxBacklogMonitor, byte> Live = new();
    private static readonly KeyValuePair<string, object?> PendingTag = new(EngineTelemetry.OutboxStateTag, "pending");
    private static readonly KeyValuePair<string, object?> DeadTag = new(EngineTelemetry.OutboxStateTag, "dead");

    private readonly IOutboxBacklog _backlog;
    private volatile OutboxBacklog? _last;

    public OutboxBacklogMonitor(IOutboxBacklog backlog)
    {
        ArgumentNullException.ThrowIfNull(backlog);
        _backlog = backlog;
        Live.TryAdd(this, 0);
    }

    /// <summary>Whether anyone reads the gauge: when not, sampling is skipped and costs nothing.</summary>
    public static bool IsObserved => EngineTelemetry.BacklogObserved;

    /// <summary>The last count sampled, if any.</summary>
    public OutboxBacklog? Last => _last;

    /// <summary>Counts the backlog now; the gauge reports it until the next sample.</summary>
    public async Task<OutboxBacklog> SampleAsync(CancellationToken cancellationToken = default)
    {
        var count = await _backlog.CountBacklogAsync(cancellationToken).ConfigureAwait(false);
        _last = count;
        return count;
    }

    public void Dispose() => Live.TryRemove(this, out _);

    internal static IEnumerable<Measurement<long>> Observe()
    {
        foreach (var monitor in Live.Keys)
        {
            if (monitor._last is { } last)
            {
                yield return new Measurement<long>(last.Pending, PendingTag);
                yield return new Measurement<long>(last.DeadLettered, DeadTag);
            }
        }
    }
}

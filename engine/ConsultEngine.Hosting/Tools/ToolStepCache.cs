using System.Collections.Concurrent;
using System.Diagnostics;
using ConsultEngine.Abstractions;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// What every public submission used to read again: the resolved step (the instance's step states,
/// definition and tool) and the step's lifecycle record. A resolved step is kept for the instance's
/// revision — every committed advance moves it, so a step the engine closed, skipped or re-ran is
/// resolved afresh on the next call, from any node. A lifecycle is kept for the instance's change
/// number (<see cref="ToolStepChanges"/>, moved by this host right after it opens or starts closing a
/// step) and at most <see cref="MaxAge"/>, which bounds how long a close made by another node goes unseen.
/// </summary>
internal sealed class ToolStepCache(ToolStepChanges changes)
{
    /// <summary>Past this many entries the cache starts again (a bound, not a policy: a host serves a few dozen open steps).</summary>
    private const int MaxEntries = 4_096;

    private static readonly long MaxAge = Stopwatch.Frequency;

    private readonly ConcurrentDictionary<(Guid Instance, string Step), ResolvedToolStep> _resolved = new();
    private readonly ConcurrentDictionary<(Guid Instance, string Step), Lifecycle> _lifecycles = new();
    private readonly ConcurrentDictionary<(Guid Instance, string Step, string Collection, string Key), Record> _records = new();

    /// <summary>The step as resolved at the instance's current revision, or <see langword="null"/>.</summary>
    public ResolvedToolStep? Resolved(InstanceRecord instance, string stepId) =>
        _resolved.TryGetValue((instance.Id, stepId), out var step) && step.Instance.Revision == instance.Revision ? step : null;

    /// <summary>The step as resolved at <paramref name="revision"/>, which the caller has just read, or <see langword="null"/>.</summary>
    public ResolvedToolStep? Resolved(Guid instanceId, string stepId, long revision) =>
        _resolved.TryGetValue((instanceId, stepId), out var step) && step.Instance.Revision == revision ? step : null;

    public void Keep(ResolvedToolStep step)
    {
        Bound(_resolved);
        _resolved[(step.InstanceId, step.StepId)] = step;
    }

    /// <summary>The step's lifecycle record, read again when this host changed the instance's steps since, or after <see cref="MaxAge"/>.</summary>
    public async Task<ToolLifecycle?> LifecycleAsync(ResolvedToolStep step, CancellationToken cancellationToken)
    {
        var key = (step.InstanceId, step.StepId);
        // Taken before the read: a write that lands during the read moves the number, and the entry is stale at once.
        var version = changes.Version(step.InstanceId);
        var now = Stopwatch.GetTimestamp();
        if (_lifecycles.TryGetValue(key, out var known) && known.Version == version && now - known.ReadAt < MaxAge)
        {
            return known.Record;
        }

        var record = await ToolLifecycle.ReadAsync(step.Records, cancellationToken).ConfigureAwait(false);
        Bound(_lifecycles);
        _lifecycles[key] = new Lifecycle(record, version, now);
        return record;
    }

    /// <summary>A record of the step as a tool reads it while collecting (<see cref="CollectingRecords"/>), kept as <see cref="LifecycleAsync"/> keeps the lifecycle.</summary>
    public async Task<ToolRecord?> RecordAsync(ResolvedToolStep step, string collection, string key, CancellationToken cancellationToken)
    {
        var entry = (step.InstanceId, step.StepId, collection, key);
        var version = changes.Version(step.InstanceId);
        var now = Stopwatch.GetTimestamp();
        if (_records.TryGetValue(entry, out var known) && known.Version == version && now - known.ReadAt < MaxAge)
        {
            return known.Value;
        }

        var record = await step.Records.GetAsync(collection, key, cancellationToken).ConfigureAwait(false);
        if (_records.Count >= MaxEntries)
        {
            _records.Clear();
        }

        _records[entry] = new Record(record, version, now);
        return record;
    }

    private static void Bound<T>(ConcurrentDictionary<(Guid Instance, string Step), T> entries)
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
    }

    private sealed record Lifecycle(ToolLifecycle? Record, long Version, long ReadAt);

    private sealed record Record(ToolRecord? Value, long Version, long ReadAt);
}

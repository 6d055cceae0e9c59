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
/// step) and at most <see cref="MaxAge"/>, which bounds how long a close made by another node goes unseen
/// (give or take the one read that refreshes an entry past its age).
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
        if (_lifecycles.TryGetValue(key, out var known) && known.Version == version && (now - known.ReadAt < MaxAge || !known.TryClaimRefresh()))
        {
            return known.Record;
        }

        ToolLifecycle? record;
        try
        {
            record = await ToolLifecycle.ReadAsync(step.Records, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A refresh that failed leaves no entry that nobody would refresh again.
            _lifecycles.TryRemove(key, out _);
            throw;
        }

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
        if (_records.TryGetValue(entry, out var known) && known.Version == version && (now - known.ReadAt < MaxAge || !known.TryClaimRefresh()))
        {
            return known.Value;
        }

        ToolRecord? record;
        try
        {
            record = await step.Records.GetAsync(collection, key, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _records.TryRemove(entry, out _);
            throw;
        }

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

    private sealed record Lifecycle(ToolLifecycle? Record, long Version, long ReadAt) : Refreshable;

    private sealed record Record(ToolRecord? Value, long Version, long ReadAt) : Refreshable;

    /// <summary>
    /// An entry past its age is read again by one caller while the others of that moment go on with it (as the
    /// open-step index does), instead of every request in flight reading the record at once: each such read made a
    /// new record object, which the tool then compared with the one it knew (the whole questionnaire, every time).
    /// A change this host made moves the version, and every caller reads afresh then.
    /// </summary>
    private abstract record Refreshable
    {
        private int _refreshing;

        /// <summary>True for the one caller that refreshes this entry once it is too old.</summary>
        public bool TryClaimRefresh() => Interlocked.Exchange(ref _refreshing, 1) == 0;
    }
}

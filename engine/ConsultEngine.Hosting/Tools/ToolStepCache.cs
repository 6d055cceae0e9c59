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
    private readonly ConcurrentDictionary<(Guid Instance, string Step), Kept<ToolLifecycle>> _lifecycles = new();
    private readonly ConcurrentDictionary<(Guid Instance, string Step, string Collection, string Key), Kept<ToolRecord>> _records = new();

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
    public Task<ToolLifecycle?> LifecycleAsync(ResolvedToolStep step, CancellationToken cancellationToken) =>
        KeptAsync(_lifecycles, (step.InstanceId, step.StepId), step.InstanceId, static (step, token) => new ValueTask<ToolLifecycle?>(ToolLifecycle.ReadAsync(step.Records, token)), step, cancellationToken);

    /// <summary>A record of the step as a tool reads it while collecting (<see cref="CollectingRecords"/>), kept as <see cref="LifecycleAsync"/> keeps the lifecycle.</summary>
    public Task<ToolRecord?> RecordAsync(ResolvedToolStep step, string collection, string key, CancellationToken cancellationToken) =>
        KeptAsync(_records, (step.InstanceId, step.StepId, collection, key), step.InstanceId, static (entry, token) => entry.step.Records.GetAsync(entry.collection, entry.key, token), (step, collection, key), cancellationToken);

    private async Task<T?> KeptAsync<TKey, T, TState>(ConcurrentDictionary<TKey, Kept<T>> kept, TKey key, Guid instanceId, Func<TState, CancellationToken, ValueTask<T?>> read, TState state, CancellationToken cancellationToken)
        where TKey : notnull
        where T : class
    {
        // Taken before the read: a write that lands during the read moves the number, and the entry is stale at once.
        var version = changes.Version(instanceId);
        var now = Stopwatch.GetTimestamp();
        if (kept.TryGetValue(key, out var known) && known.Version == version && (now - known.ReadAt < MaxAge || !known.Refresh.TryTake()))
        {
            return known.Value;
        }

        T? value;
        try
        {
            value = await read(state, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A refresh that failed leaves no entry that nobody would refresh again.
            kept.TryRemove(key, out _);
            throw;
        }

        Bound(kept);
        kept[key] = new Kept<T>(value, version, now);
        return value;
    }

    private static void Bound<TKey, T>(ConcurrentDictionary<TKey, T> entries)
        where TKey : notnull
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
    }

    // An entry past its age is read again by one caller while the others of that moment go on with it: each
    // such read made a new record object, which the tool then compared with the one it knew (the whole
    // questionnaire, every time). A change this host made moves the version, and every caller reads afresh then.
    private sealed record Kept<T>(T? Value, long Version, long ReadAt)
        where T : class
    {
        public RefreshClaim Refresh { get; } = new();
    }
}

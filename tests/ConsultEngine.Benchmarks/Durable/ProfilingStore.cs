using System.Diagnostics;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Benchmarks.Durable;

/// <summary>
/// Wraps a store and counts, for each call an advance makes, how often it ran and how long it took,
/// and how many SQL statements the commits sent (derived from the change sets: the instance row, one
/// multi-row statement per kind of row, one delete per removed key, BEGIN and COMMIT). What is not
/// store time in an advance is the engine's own work. Safe for concurrent workers: each call's figures are
/// added under a lock (read them once the workers are done).
/// </summary>
internal sealed class ProfilingStore(IInstanceStore inner) : IInstanceStore
{
    private readonly Dictionary<string, (int Calls, long Ticks)> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _cpu = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _commitStatements;
    private int _hopped;

    public IReadOnlyDictionary<string, (int Calls, long Ticks)> Calls => _calls;

    /// <summary>
    /// Thread CPU nanoseconds of each call (<see cref="ThreadCpu"/>), counted only for calls that ended on the thread
    /// they began on (with one worker the store's calls complete synchronously, so that is nearly all).
    /// </summary>
    public IReadOnlyDictionary<string, long> CpuNanoseconds => _cpu;

    /// <summary>Calls that moved to another thread and whose CPU time is therefore not counted.</summary>
    public int Hopped => _hopped;

    public long CommitStatements => _commitStatements;

    public Task<InstanceRecord?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        TimeAsync(nameof(FindInstanceAsync), () => inner.FindInstanceAsync(instanceId, cancellationToken));

    public Task<IReadOnlyDictionary<string, StepState>> LoadStepsAsync(Guid instanceId, IReadOnlyCollection<string> stepIds, CancellationToken cancellationToken = default) =>
        TimeAsync(nameof(LoadStepsAsync), () => inner.LoadStepsAsync(instanceId, stepIds, cancellationToken));

    public Task<IReadOnlyList<StepState>> LoadAllStepsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        TimeAsync(nameof(LoadAllStepsAsync), () => inner.LoadAllStepsAsync(instanceId, cancellationToken));

    public Task<IReadOnlyList<TimerRecord>> LoadTimersAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default) =>
        TimeAsync(nameof(LoadTimersAsync), () => inner.LoadTimersAsync(instanceId, stepId, cancellationToken));

    public async Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var statements = 3 + Batches(changes.Steps.Count) + changes.StepsRemoved.Count + Batches(changes.Journal.Count)
            + changes.BookmarksRemoved.Count + Batches(changes.BookmarksAdded.Count) + changes.TimersRemoved.Count + Batches(changes.TimersAdded.Count)
            + Batches(changes.Outbox.Count) + Batches(changes.Incidents.Count);
        _ = Interlocked.Add(ref _commitStatements, statements);
        _ = await TimeAsync(nameof(CommitAsync), async () =>
        {
            await inner.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<InstanceRecord>> ListInstancesAsync(CancellationToken cancellationToken = default) => inner.ListInstancesAsync(cancellationToken);

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.ReadJournalAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) => inner.ListBookmarksAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<Incident>> ListIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) => inner.ListIncidentsAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) => inner.FindDueTimersAsync(now, max, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> FindUndispatchedAsync(int max, CancellationToken cancellationToken = default) => inner.FindUndispatchedAsync(max, cancellationToken);

    public Task MarkDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.MarkDispatchedAsync(messageId, at, cancellationToken);

    /// <summary>The thread CPU of the commit calls, if any was counted.</summary>
    public bool CalledCommit(out long nanoseconds) => _cpu.TryGetValue(nameof(CommitAsync), out nanoseconds);

    public void Reset()
    {
        _calls.Clear();
        _cpu.Clear();
        _commitStatements = 0;
        _hopped = 0;
    }

    private static int Batches(int rows) => (rows + 49) / 50;

    private async Task<T> TimeAsync<T>(string call, Func<Task<T>> operation)
    {
        var start = Stopwatch.GetTimestamp();
        var thread = Environment.CurrentManagedThreadId;
        var cpu = ThreadCpu.Nanoseconds();
        try
        {
            return await operation().ConfigureAwait(false);
        }
        finally
        {
            var elapsed = Stopwatch.GetTimestamp() - start;
            var sameThread = thread == Environment.CurrentManagedThreadId;
            var spent = sameThread ? ThreadCpu.Nanoseconds() - cpu : 0;
            lock (_gate)
            {
                if (sameThread)
                {
                    _cpu[call] = _cpu.GetValueOrDefault(call) + spent;
                }
                else
                {
                    _hopped++;
                }

                var (calls, ticks) = _calls.GetValueOrDefault(call);
                _calls[call] = (calls + 1, ticks + elapsed);
            }
        }
    }
}

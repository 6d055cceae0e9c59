using System.Diagnostics;

namespace ConsultEngine.Persistence.Tools.Aggregates;

/// <summary>
/// Keeps the aggregate cells of every step whose plan is registered up to date as inputs commit, so the
/// first analysis after a burst folds only the small tail the folder has not reached yet. It watches the
/// writer's commit counter (an interlocked read, no signal on the writer's hot path) and, when it moved,
/// folds each step's new inputs in transactions of at most <see cref="SqliteToolDataStoreOptions.FoldChunk"/>
/// inputs, pausing between them so the writer takes the lock in turn. The watermark moves in the
/// transaction that adds the cells (<see cref="StepTally.FoldChunk"/>), so a fold and an analysis running at
/// once never count an input twice, and a stop mid-way leaves cells and watermark as of the last chunk.
/// A failure only delays the counts: analysis folds whatever is left.
/// </summary>
internal sealed class AggregateFolder : IAsyncDisposable
{
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MinimumPause = TimeSpan.FromMilliseconds(2);

    private readonly SqliteToolDataStore _store;
    private readonly Func<long> _commits;
    private readonly SqliteToolDataStoreOptions _options;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _chunks;

    public AggregateFolder(SqliteToolDataStore store, Func<long> commits)
    {
        _store = store;
        _commits = commits;
        _options = store.Options;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Fold transactions that folded inputs, so far (for tests and the benchmark).</summary>
    public long Chunks => Interlocked.Read(ref _chunks);

    /// <summary>Stops folding; a chunk under way is rolled back, and the next start goes on from the watermark.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped as asked.
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var token = _stop.Token;

        // Not the current count: a start folds what an earlier run left behind (a restart mid-way).
        var seen = long.MinValue;
        while (!token.IsCancellationRequested)
        {
            var commits = _commits();
            var behind = false;
            if (commits != seen)
            {
                try
                {
                    behind = await FoldOnceAsync(token).ConfigureAwait(false);
                    seen = behind ? seen : commits;
                }
                catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                {
                    await Task.Delay(AfterFailure, token).ConfigureAwait(false);
                    continue;
                }
            }

            if (!behind)
            {
                await Task.Delay(_options.FoldInterval, token).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One chunk for each step that is behind; returns whether any is still behind.</summary>
    private async Task<bool> FoldOnceAsync(CancellationToken token)
    {
        var behind = await _store.ReadAsync((session, _) =>
        {
            var steps = new List<(Guid Instance, string Step)>();
            using var command = session.Connection.CreateCommand();
            command.CommandText = AggregateSql.Planned;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(3) && reader.GetInt64(3) > reader.GetInt64(2))
                {
                    steps.Add((reader.GetGuid(0), reader.GetString(1)));
                }
            }

            return Task.FromResult(steps);
        }, token).ConfigureAwait(false);

        var more = false;
        foreach (var (instance, step) in behind)
        {
            var started = Stopwatch.GetTimestamp();
            var (folded, left) = await _store.WriteAsync(
                (session, transaction, _) => Task.FromResult(StepTally.FoldChunk(_store, session, transaction, instance, step, _options.FoldChunk)),
                token).ConfigureAwait(false);
            more |= left;
            if (folded)
            {
                Interlocked.Increment(ref _chunks);
            }

            // The writer waiting on the lock polls it (SQLite's busy handler sleeps between tries): leave
            // the lock free at least as long as the chunk held it, so the folder never takes more than half.
            var held = Stopwatch.GetElapsedTime(started);
            await Task.Delay(held > MinimumPause ? held : MinimumPause, token).ConfigureAwait(false);
        }

        return more;
    }
}

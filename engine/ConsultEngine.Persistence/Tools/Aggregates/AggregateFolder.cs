using System.Diagnostics;
using ConsultEngine.Persistence.Storage;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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
            var (folded, left, held) = await _store.ReadAsync((session, token) => FoldChunkAsync(session, instance, step, token), token).ConfigureAwait(false);
            more |= left;
            if (folded)
            {
                Interlocked.Increment(ref _chunks);
            }

            // The writer waiting on the lock polls it (SQLite's busy handler sleeps between tries): leave
            // the lock free at least as long as the chunk held it, so the folder never takes more than half.
            await Task.Delay(held > MinimumPause ? held : MinimumPause, token).ConfigureAwait(false);
        }

        return more;
    }

    /// <summary>
    /// One chunk in its own write transaction. SQLite's busy handler sleeps ever longer (up to 100 ms a try)
    /// and a busy writer's lock is free only between its batches, so a folder waiting that way falls behind
    /// the writer; it asks for the lock itself about every millisecond instead, without the busy handler.
    /// </summary>
    private async Task<(bool Folded, bool More, TimeSpan Held)> FoldChunkAsync(StoreSession session, Guid instance, string step, CancellationToken token)
    {
        var database = ((SqliteConnection)session.Connection).Handle!;
        var waited = Stopwatch.StartNew();
        raw.sqlite3_busy_timeout(database, 0);
        try
        {
            int begun;
            while ((begun = raw.sqlite3_exec(database, "BEGIN IMMEDIATE")) is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
            {
                if (waited.Elapsed > _options.BusyTimeout)
                {
                    throw new SqliteException("The folder waited too long for the file's write lock.", begun);
                }

                await Task.Delay(1, token).ConfigureAwait(false);
            }

            SqliteException.ThrowExceptionForRC(begun, database);
        }
        finally
        {
            raw.sqlite3_busy_timeout(database, (int)_options.BusyTimeout.TotalMilliseconds);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var (folded, more) = StepTally.FoldChunk(_store, session, null, instance, step, _options.FoldChunk);
            SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(database, "COMMIT"), database);
            return (folded, more, Stopwatch.GetElapsedTime(started));
        }
        catch
        {
            raw.sqlite3_exec(database, "ROLLBACK");
            throw;
        }
    }
}

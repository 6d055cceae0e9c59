using Microsoft.Data.Sqlite;

namespace ConsultEngine.Persistence.Sqlite;

/// <summary>
/// Checkpoints a database's write-ahead log from a connection and a thread of its own, every
/// <see cref="Interval"/> while the log changes, so that no commit runs a checkpoint inside the
/// store's write turn.
/// </summary>
/// <remarks>
/// SQLite's automatic checkpoint is run by the commit that crosses the threshold, while it holds the
/// write lock: it syncs the log, copies the pages back into the database and syncs the database, and
/// every writer queued behind that commit waits for it. A passive checkpoint on another connection
/// does the same work beside the writers (it takes the checkpoint lock, not the write lock, and never
/// waits for anyone), and readers and writers go on meanwhile. Durability is unchanged: a checkpoint
/// syncs the log before it copies anything. The store's connections keep an automatic checkpoint at
/// a much larger threshold (<see cref="SqliteStoreProvider.BackstopCheckpointPages"/>), so the log
/// stays bounded if this thread cannot keep up.
/// </remarks>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    /// <summary>How often the log is checkpointed while it changes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly string _logPath;
    private readonly SqliteConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private DateTime _lastSeen;
    private long _checkpoints;

    private WalCheckpointer(string databasePath, SqliteConnection connection)
    {
        _logPath = databasePath + "-wal";
        _connection = connection;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Checkpoints run (the log had changed since the last one).</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>Opens the checkpointer's own connection to <paramref name="connectionString"/>'s database and starts it.</summary>
    public static async Task<WalCheckpointer> StartAsync(string databasePath, string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return new WalCheckpointer(databasePath, connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                await CheckpointIfChangedAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task CheckpointIfChangedAsync()
    {
        var written = File.GetLastWriteTimeUtc(_logPath);
        if (written == _lastSeen || !File.Exists(_logPath))
        {
            return;
        }

        try
        {
            await using var command = _connection.CreateCommand();

            // PASSIVE never invokes the busy handler: whatever another connection holds, it copies what it can and returns.
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            _ = await command.ExecuteNonQueryAsync(_stop.Token).ConfigureAwait(false);
            _lastSeen = written;
            _ = Interlocked.Increment(ref _checkpoints);
        }
        catch (SqliteException)
        {
            // A checkpoint another connection is running, or a file this process may not write: the next tick tries
            // again, and the store's own automatic checkpoint bounds the log meanwhile.
        }
    }
}

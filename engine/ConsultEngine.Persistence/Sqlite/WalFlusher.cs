using Microsoft.Win32.SafeHandles;

namespace ConsultEngine.Persistence.Sqlite;

/// <summary>
/// Syncs a database's write-ahead log to disk from a thread of its own, every <see cref="Interval"/>
/// while it is being written, so that the checkpoint a commit runs (SQLite's automatic checkpoint,
/// every <see cref="SqliteStoreProvider.CheckpointPages"/> pages) finds the log already on disk.
/// </summary>
/// <remarks>
/// The checkpoint syncs the whole log before it copies pages back into the database. Under
/// <c>synchronous=NORMAL</c> nothing syncs the log before that, so the commit that happens to cross
/// the threshold waited for tens of megabytes to reach the disk (measured on the durable benchmark:
/// 40–60 ms once every thousand or so transitions, inside the store's write turn, the largest part of
/// a commit's average cost). Synced here, beside the writers, that sync finds little left to write.
/// Nothing about durability is weakened: the log only reaches the disk sooner. The log is opened per
/// sync (it is deleted when the last connection closes and made again), and only the log: SQLite's
/// locks are on the database file and the shared-memory file, which are never opened here.
/// </remarks>
internal sealed class WalFlusher : IAsyncDisposable
{
    /// <summary>How often the log is synced while it changes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly string _logPath;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private DateTime _lastSynced;
    private long _syncs;

    private WalFlusher(string databasePath)
    {
        _logPath = databasePath + "-wal";
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Syncs performed (the log had changed since the last one).</summary>
    public long Syncs => Interlocked.Read(ref _syncs);

    public static WalFlusher Start(string databasePath) => new(databasePath);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                SyncIfChanged();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void SyncIfChanged()
    {
        try
        {
            var written = File.GetLastWriteTimeUtc(_logPath);
            if (written == _lastSynced || !File.Exists(_logPath))
            {
                return;
            }

            using SafeFileHandle log = File.OpenHandle(_logPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            RandomAccess.FlushToDisk(log);
            _lastSynced = written;
            _ = Interlocked.Increment(ref _syncs);
        }
        catch (IOException)
        {
            // The log went away between the look and the open (the last connection closed): nothing to sync.
        }
        catch (UnauthorizedAccessException)
        {
            // A file this process may not open for writing is not ours to sync; the checkpoint still syncs it.
        }
    }
}

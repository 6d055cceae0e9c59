namespace ConsultEngine.Persistence.Sqlite;

/// <summary>Settings of a <see cref="SqliteInstanceStore"/>.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>How long a writer waits for another writer's transaction before giving up with a busy error.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Open connections kept for reuse (each holds its prepared statements).</summary>
    public int MaxIdleConnections { get; init; } = 8;

    /// <summary>The node this store claims timers and outbox messages as (at most 100 characters); by default one of its own.</summary>
    public string? NodeId { get; init; }

    /// <summary>
    /// A stand-in for a full disk in tests: when set, each write transaction first sets SQLite's
    /// <c>max_page_count</c> to what it answers (never below the file's current size), so a write that
    /// needs more pages fails with <c>SQLITE_FULL</c> as on a full disk, and raising it gives the room back.
    /// </summary>
    internal Func<long>? PageLimit { get; init; }

    /// <summary>
    /// Whether concurrent commits of this store queue in process and share a transaction (the default).
    /// Off, each commit takes the database's write lock on its own: only the benchmark's same-run
    /// comparison turns it off.
    /// </summary>
    internal bool GroupCommit { get; init; } = true;

    /// <summary>
    /// Whether the write-ahead log is synced to disk beside the writers while it grows (the default), so
    /// that the checkpoint a commit runs does not wait for the whole log to reach the disk (see
    /// <see cref="WalFlusher"/>). Off only for the benchmark's same-run comparison.
    /// </summary>
    internal bool SyncLogInBackground { get; init; } = true;
}

namespace ConsultEngine.Persistence.Tools;

/// <summary>How the ingestion connection of a <see cref="SqliteToolDataStore"/> syncs a commit to disk.</summary>
public enum IngestionDurability
{
    /// <summary>
    /// <c>synchronous=NORMAL</c>, as the instance store: an acknowledged input survives a crash of
    /// the process, but a power cut or an operating-system crash can lose the last commits.
    /// </summary>
    Normal,

    /// <summary>
    /// <c>synchronous=FULL</c>: every commit is synced to disk before its inputs are acknowledged,
    /// so an acknowledged input also survives a power cut. Group commit pays one sync per batch.
    /// </summary>
    Full,
}

/// <summary>Settings of a <see cref="SqliteToolDataStore"/>.</summary>
public sealed record SqliteToolDataStoreOptions
{
    /// <summary>How long a write waits for another writer's transaction before giving up with a busy error.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How the group-commit writer syncs its commits (see the Persistence README for the measurements behind the default).</summary>
    public IngestionDurability Durability { get; init; } = IngestionDurability.Full;

    /// <summary>
    /// Most inputs one group commit holds. The writer takes whatever is queued, up to this many, into
    /// one transaction; 1 turns group commit off (one transaction per input — the benchmark's baseline).
    /// </summary>
    public int MaxBatchSize { get; init; } = 1_000;

    /// <summary>Inputs that may wait for the writer; further appends wait for room (back-pressure).</summary>
    public int QueueCapacity { get; init; } = 16_384;

    /// <summary>
    /// How long an append waits for room in a full queue before it is refused with CE8065 (the
    /// caller answers 503 at once instead of hanging behind a dead or backed-up writer).
    /// </summary>
    public TimeSpan EnqueueTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the writer may hold queued inputs without committing before it reports itself unhealthy.</summary>
    public TimeSpan StallAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Open connections kept for reads and for the other writes (tool records, coding).</summary>
    public int MaxIdleConnections { get; init; } = 4;

    /// <summary>The clock that stamps <c>RecordedAt</c> and <c>UpdatedAt</c>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>A stand-in for a full disk in tests (see <see cref="Sqlite.SqliteStoreOptions.PageLimit"/>).</summary>
    internal Func<long>? PageLimit { get; init; }

    /// <summary>Whether appended inputs are folded into the registered steps' aggregate cells in the background (off: analysis folds them when called).</summary>
    internal bool FoldAggregates { get; init; } = true;

    /// <summary>Most inputs one background fold transaction takes (a modest lock on the file, shared with the writer).</summary>
    internal int FoldChunk { get; init; } = 5_000;

    /// <summary>How often the background folder looks whether the writer committed since.</summary>
    internal TimeSpan FoldInterval { get; init; } = TimeSpan.FromMilliseconds(50);
}

namespace ConsultEngine.Persistence.Tools.PostgreSql;

/// <summary>Settings of a <see cref="PostgreSqlToolDataStore"/>.</summary>
public sealed record PostgreSqlToolDataStoreOptions
{
    /// <summary>
    /// Most inputs one group commit holds. The writer takes whatever is queued, up to this many, into
    /// one transaction; 1 turns group commit off (one transaction per input — the benchmark's baseline).
    /// </summary>
    public int MaxBatchSize { get; init; } = 1_000;

    /// <summary>Inputs that may wait for the writer; further appends wait for room (back-pressure).</summary>
    public int QueueCapacity { get; init; } = 16_384;

    /// <summary>How long an append waits for room in a full queue before it is refused with CE8065.</summary>
    public TimeSpan EnqueueTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the writer may hold queued inputs without committing before it reports itself unhealthy.</summary>
    public TimeSpan StallAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Open connections kept for reads and for the other writes (tool records, coding).</summary>
    public int MaxIdleConnections { get; init; } = 4;

    /// <summary>The clock that stamps <c>RecordedAt</c> and <c>UpdatedAt</c>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

namespace ConsultEngine.Persistence.Sqlite;

/// <summary>Settings of a <see cref="SqliteInstanceStore"/>.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>How long a writer waits for another writer's transaction before giving up with a busy error.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Open connections kept for reuse (each holds its prepared statements).</summary>
    public int MaxIdleConnections { get; init; } = 8;
}
